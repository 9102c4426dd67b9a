package vn.kehoach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The outbox of {@link MailNotifier} against a real SMTP server (GreenMail), without a Spring context. */
class MailNotifierTest {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

  private static final long WAIT_MS = 10_000;

  private final RecordingSender sender = new RecordingSender();
  private final CapturedLog log = new CapturedLog();
  private MailNotifier notifier;

  @BeforeEach
  void pointAtGreenMail() {
    sender.setHost("127.0.0.1");
    sender.setPort(SMTP.getSmtp().getPort());
    log.start();
    outboxLogger().addAppender(log);
  }

  @AfterEach
  void stop() {
    sender.gate.countDown();
    if (notifier != null) {
      notifier.destroy();
    }
    outboxLogger().detachAppender(log);
  }

  @Test
  void manyEmailsAllArriveSentInBatches() throws Exception {
    sendWhileHeld(10_000, 50, 120);

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 120)).isTrue();
    assertThat(receivedSubjects()).hasSize(120);
    List<Integer> sizes = sender.calls.stream().map(call -> call.subjects().size()).toList();
    assertThat(sizes).allMatch(size -> size <= 50).anyMatch(size -> size > 1);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
    assertThat(sender.calls).allMatch(call -> call.thread().equals("mail-outbox"));
  }

  @Test
  void sendReturnsWithoutWaitingForSmtp() throws Exception {
    notifier = heldNotifier(10, 50);
    notifier.send(mail("reminder"));

    // back here while the sender thread is still held inside its SMTP call
    awaitSenderHeld();
    assertThat(sender.calls.get(0).thread()).isEqualTo("mail-outbox");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    sender.gate.countDown();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    assertThat(receivedSubjects()).containsExactly("reminder");
  }

  @Test
  void aFailedMessageIsLoggedAndTheOthersAndTheNextBatchesAreSent() throws Exception {
    sender.failingCall = 2;
    notifier = heldNotifier(10, 50);
    notifier.send(mail("first"));
    awaitSenderHeld();
    // queued together behind the held first call: the second call carries all three, and 'bad' fails in it
    notifier.send(mail("bad"));
    notifier.send(mail("ok1"));
    notifier.send(mail("ok2"));
    sender.gate.countDown();
    assertThat(sender.failed.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
    notifier.send(mail("after"));

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 4)).isTrue();
    assertThat(receivedSubjects()).containsExactlyInAnyOrder("first", "ok1", "ok2", "after");
    assertThat(sender.calls.get(1).subjects()).containsExactly("bad", "ok1", "ok2");
    notifier.destroy(); // the sender thread has ended, its last log line written
    List<ILoggingEvent> errors = log.at(Level.ERROR);
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getFormattedMessage())
          .isEqualTo("Could not send 'bad' to [bad@demo.kehoach.invalid]: 550 mailbox unavailable");
      assertThat(error.getThrowableProxy()).isNull();
    });
    assertThat(log.at(Level.INFO)).extracting(ILoggingEvent::getFormattedMessage)
        .contains("Sent 'ok1' to [ok1@demo.kehoach.invalid]", "Sent 'after' to [after@demo.kehoach.invalid]");
  }

  @Test
  void whenTheOutboxIsFullTheCallerSendsItself() throws Exception {
    notifier = heldNotifier(1, 50);
    notifier.send(mail("taken"));
    awaitSenderHeld();
    notifier.send(mail("queued"));

    notifier.send(mail("overflow"));
    // sent before send returned, in this thread, while the sender thread is still held
    assertThat(receivedSubjects()).containsExactly("overflow");
    assertThat(sender.calls.get(1))
        .isEqualTo(new Call(Thread.currentThread().getName(), List.of("overflow")));
    assertThat(log.at(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Mail outbox full or closed: sending 'overflow' in this thread");

    sender.gate.countDown();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 3)).isTrue();
    assertThat(receivedSubjects()).containsExactlyInAnyOrder("taken", "queued", "overflow");
  }

  @Test
  void destroySendsWhatIsQueuedBeforeItReturns() throws Exception {
    sendWhileHeld(10, 2, 5);

    notifier.destroy();
    assertThat(receivedSubjects()).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5");
    // closed: a late e-mail is sent by its caller rather than lost
    notifier.send(mail("late"));
    assertThat(receivedSubjects()).contains("late");
  }

  @Test
  void onlyACommittedTransactionSends() throws Exception {
    notifier = notifier(10, 50);
    inTransaction(() -> notifier.send(mail("rolledback")), false);
    inTransaction(() -> notifier.send(mail("committed")), true);

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    // the outbox is first in, first out: had the rolled-back one been queued, it would have been sent first
    assertThat(sender.calls).flatExtracting(Call::subjects).containsExactly("committed");
    assertThat(receivedSubjects()).containsExactly("committed");
  }

  /** A notifier whose sender thread will be held in its first call until the gate opens. */
  private MailNotifier heldNotifier(int capacity, int batchSize) {
    sender.gateFirstCall = true;
    return notifier(capacity, batchSize);
  }

  private void awaitSenderHeld() throws InterruptedException {
    assertThat(sender.firstCall.await(WAIT_MS, TimeUnit.MILLISECONDS)).as("the sender thread is held").isTrue();
  }

  /** Sends m1 … m{count} while the sender thread is held in its first call, the rest waiting in the outbox. */
  private void sendWhileHeld(int capacity, int batchSize, int count) throws InterruptedException {
    notifier = heldNotifier(capacity, batchSize);
    IntStream.rangeClosed(1, count).forEach(i -> notifier.send(mail("m" + i)));
    awaitSenderHeld();
    sender.gate.countDown();
  }

  private MailNotifier notifier(int capacity, int batchSize) {
    return new MailNotifier(sender, new MailProperties(true, "ke-hoach@demo.kehoach.invalid", capacity, batchSize));
  }

  /** What a transaction manager does around {@code work}: commit or roll back, then completion. */
  private static void inTransaction(Runnable work, boolean commit) {
    TransactionSynchronizationManager.initSynchronization();
    try {
      work.run();
      List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
      assertThat(synchronizations).isNotEmpty();
      for (TransactionSynchronization synchronization : synchronizations) {
        if (commit) {
          synchronization.afterCommit();
        }
        synchronization.afterCompletion(commit ? TransactionSynchronization.STATUS_COMMITTED
            : TransactionSynchronization.STATUS_ROLLED_BACK);
      }
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  private static Notification mail(String subject) {
    return new Notification(List.of(subject + "@demo.kehoach.invalid"), subject, "Nội dung " + subject);
  }

  private static List<String> receivedSubjects() throws MessagingException {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  private static ch.qos.logback.classic.Logger outboxLogger() {
    return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(MailOutbox.class);
  }

  record Call(String thread, List<String> subjects) {}

  /**
   * The real sender, recording each call to {@code send(SimpleMailMessage...)}; its first call can be held on a
   * gate, and one call can fail its first message as JavaMailSenderImpl reports it (the others are sent).
   */
  private static final class RecordingSender extends JavaMailSenderImpl {

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final CountDownLatch firstCall = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch failed = new CountDownLatch(1);
    private final AtomicInteger count = new AtomicInteger();
    volatile boolean gateFirstCall;
    volatile int failingCall;

    @Override
    public void send(SimpleMailMessage... messages) {
      calls.add(new Call(Thread.currentThread().getName(),
          Arrays.stream(messages).map(SimpleMailMessage::getSubject).toList()));
      int call = count.incrementAndGet();
      if (call == 1) {
        firstCall.countDown();
        if (gateFirstCall) {
          awaitGate();
        }
      }
      if (call != failingCall) {
        super.send(messages);
        return;
      }
      super.send(Arrays.copyOfRange(messages, 1, messages.length));
      failed.countDown();
      throw new MailSendException("Failed messages", null,
          Map.<Object, Exception>of(messages[0], new MessagingException("550 mailbox unavailable")));
    }

    /** Bounded; an interrupt (the outbox closing) is passed on, not taken as the gate opening. */
    private void awaitGate() {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            gate.await(WAIT_MS, TimeUnit.MILLISECONDS);
            return;
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The outbox's log lines; appended by the sender thread, read by the test. */
  private static final class CapturedLog extends AppenderBase<ILoggingEvent> {

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
      events.add(event);
    }

    List<ILoggingEvent> at(Level level) {
      return events.stream().filter(event -> event.getLevel().equals(level)).toList();
    }
  }
}
