package vn.kehoach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.engine.config.EngineClock;
import vn.kehoach.system.JdbcTime;

/**
 * The outbox of {@link MailNotifier} against a real SMTP server (GreenMail) and a real database (H2 in memory, migrated
 * by Flyway), without a Spring context. The sender thread runs only where a test starts it; elsewhere the test makes
 * each pass itself ({@link MailOutbox#sendDue()}) and moves the engine clock between them.
 */
class MailNotifierTest {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

  private static final long WAIT_MS = 10_000;
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  private final RecordingSender sender = new RecordingSender();
  private final CapturedLog log = new CapturedLog();
  private final List<MailOutbox> outboxes = new ArrayList<>();
  private JdbcClient jdbc;
  private TransactionTemplate transactions;

  @BeforeEach
  void setUp() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:mail-outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).load().migrate();
    jdbc = JdbcClient.create(dataSource);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    ClockUtil.setCurrentTime(Date.from(START));
    sender.setHost("127.0.0.1");
    sender.setPort(SMTP.getSmtp().getPort());
    log.start();
    loggers().forEach(logger -> logger.addAppender(log));
  }

  @AfterEach
  void tearDown() {
    sender.gate.countDown();
    outboxes.forEach(MailOutbox::close);
    jdbc.sql("shutdown").update();
    ClockUtil.reset();
    loggers().forEach(logger -> logger.detachAppender(log));
  }

  @Test
  void manyEmailsAllArriveSentInBatchesByTheSenderThread() throws Exception {
    MailOutbox outbox = outbox(50, 10);
    // stored without waking the sender: its first pass and the passes after a full batch must send them all
    IntStream.rangeClosed(1, 120).forEach(i -> outbox.add(mail("m" + i)));
    outbox.start();

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 120)).isTrue();
    assertThat(receivedSubjects()).hasSize(120).doesNotHaveDuplicates();
    // one SMTP connection per call, in the order they were stored
    assertThat(sender.calls).extracting(call -> call.subjects().size()).containsExactly(50, 50, 20);
    assertThat(sender.calls.get(0).subjects()).startsWith("m1", "m2");
    assertThat(sender.calls).allMatch(call -> call.thread().equals("mail-outbox"));
    outbox.close(); // after its pass: the sent rows are deleted
    assertThat(stored()).isEmpty();
  }

  @Test
  void sendInATransactionReturnsWithoutWaitingForSmtp() throws Exception {
    sender.gateFirstCall = true;
    MailOutbox outbox = outbox(50, 10);
    outbox.start();
    MailNotifier notifier = new MailNotifier(outbox);
    transactions.executeWithoutResult(status -> notifier.send(mail("reminder")));

    // back here, and the sender thread, woken by the commit, is held inside its SMTP call
    awaitSenderHeld();
    assertThat(sender.calls.get(0).thread()).isEqualTo("mail-outbox");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    sender.gate.countDown();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    assertThat(receivedSubjects()).containsExactly("reminder");
    outbox.close(); // after its pass, its log line written
    assertThat(log.at(Level.INFO)).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Sent 'reminder' to [reminder@demo.kehoach.invalid]");
  }

  @Test
  void onlyACommittedTransactionStoresAndSends() throws Exception {
    AtomicInteger wakes = new AtomicInteger();
    MailOutbox outbox = new MailOutbox(jdbc, sender, clock(), properties(50, 10)) {
      @Override
      void wake() {
        wakes.incrementAndGet();
      }
    };
    MailNotifier notifier = new MailNotifier(outbox);
    transactions.executeWithoutResult(status -> {
      notifier.send(mail("rolledback"));
      assertThat(stored()).as("written in the caller's transaction").hasSize(1);
      status.setRollbackOnly();
    });
    assertThat(stored()).isEmpty();
    assertThat(wakes).hasValue(0);
    transactions.executeWithoutResult(status -> {
      notifier.send(mail("committed"));
      assertThat(wakes).as("woken before the commit, the sender would not see the row").hasValue(0);
    });
    assertThat(wakes).hasValue(1);
    notifier.send(new Notification(List.of(), "nobody", "Không ai nhận"));

    assertThat(stored()).extracting(Stored::subject).containsExactly("committed");
    assertThat(outbox.sendDue()).isFalse();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    assertThat(sender.calls).flatExtracting(Call::subjects).containsExactly("committed");
    assertThat(receivedSubjects()).containsExactly("committed");
    assertThat(stored()).isEmpty();
    assertThat(log.at(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("No e-mail address for notification 'nobody'");
  }

  @Test
  void anEmailNotSentWhenTheOutboxClosedIsSentByTheNextOneOverTheSameDatabase() throws Exception {
    MailOutbox died = outbox(50, 10);
    transactions.executeWithoutResult(status -> new MailNotifier(died).send(mail("survivor")));
    died.close();
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    MailOutbox next = outbox(50, 10);
    next.start();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    assertThat(receivedSubjects()).containsExactly("survivor");
  }

  @Test
  void aFailedEmailIsRetriedAfterTheDelayWhileTheOthersOfItsBatchAreSentAtOnce() throws Exception {
    sender.failing.add("bad");
    MailOutbox outbox = outbox(50, 10);
    MailNotifier notifier = new MailNotifier(outbox);
    List.of("bad", "ok1", "ok2").forEach(subject -> notifier.send(mail(subject)));

    outbox.sendDue();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
    assertThat(receivedSubjects()).containsExactlyInAnyOrder("ok1", "ok2");
    assertThat(sender.calls).singleElement().extracting(Call::subjects).isEqualTo(List.of("bad", "ok1", "ok2"));
    assertThat(stored()).containsExactly(
        new Stored("bad", 1, START.plus(Duration.ofMinutes(1)), null, "550 mailbox unavailable", null));
    assertThat(log.at(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
        "Could not send 'bad' to [bad@demo.kehoach.invalid] (attempt 1 of 10), trying again at 2026-03-02T01:01:00Z: "
            + "550 mailbox unavailable");

    sender.failing.clear();
    moveClockTo(START.plusSeconds(59));
    assertThat(outbox.sendDue()).isFalse();
    assertThat(sender.calls).as("not yet due").hasSize(1);
    moveClockTo(START.plus(Duration.ofMinutes(1)));
    outbox.sendDue();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 3)).isTrue();
    assertThat(receivedSubjects()).containsExactlyInAnyOrder("ok1", "ok2", "bad");
    assertThat(sender.calls.get(1).subjects()).containsExactly("bad");
    assertThat(stored()).isEmpty();
    assertThat(log.at(Level.INFO)).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactlyInAnyOrder("Sent 'ok1' to [ok1@demo.kehoach.invalid]",
            "Sent 'ok2' to [ok2@demo.kehoach.invalid]", "Sent 'bad' to [bad@demo.kehoach.invalid]");
  }

  @Test
  void whenTheWholeBatchFailsEveryEmailOfItIsKeptForLater() {
    sender.down = true;
    MailOutbox outbox = outbox(50, 10);
    List.of("a", "b").forEach(subject -> outbox.add(mail(subject)));

    outbox.sendDue();
    assertThat(stored()).extracting(Stored::subject, Stored::attempts, Stored::nextAttemptAt, Stored::lastError)
        .containsExactly(
            tuple("a", 1, START.plusSeconds(60), "Mail server connection failed"),
            tuple("b", 1, START.plusSeconds(60), "Mail server connection failed"));
  }

  @Test
  void theDelayDoublesFromOneMinuteUpToAnHour() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(MailOutbox::retryDelay).map(Duration::toMinutes))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
  }

  @Test
  void afterTheLastAttemptItIsMarkedFailedAndNoLongerTried() throws Exception {
    sender.failing.add("bad");
    MailOutbox outbox = outbox(50, 3);
    new MailNotifier(outbox).send(mail("bad"));

    outbox.sendDue();
    moveClockTo(START.plus(Duration.ofMinutes(1)));
    outbox.sendDue();
    moveClockTo(START.plus(Duration.ofMinutes(3)));
    outbox.sendDue();

    assertThat(sender.calls).hasSize(3);
    Instant givenUp = START.plus(Duration.ofMinutes(3));
    assertThat(stored()).containsExactly(new Stored("bad", 3, givenUp, null, "550 mailbox unavailable", givenUp));
    assertThat(log.at(Level.WARN)).hasSize(2);
    assertThat(log.at(Level.ERROR)).singleElement().satisfies(error -> {
      assertThat(error.getFormattedMessage()).isEqualTo(
          "Could not send 'bad' to [bad@demo.kehoach.invalid] after 3 attempts, giving up: 550 mailbox unavailable");
      assertThat(error.getThrowableProxy()).isNull();
    });

    sender.failing.clear();
    moveClockTo(START.plus(Duration.ofDays(1)));
    assertThat(outbox.sendDue()).isFalse();
    assertThat(sender.calls).hasSize(3);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aRowClaimedByAnotherNodeIsSentOnlyAfterItsLeaseEnds() throws Exception {
    MailOutbox outbox = outbox(50, 10);
    outbox.add(mail("claimed"));
    // a node that claimed the row and died before sending it
    jdbc.sql("update mail_outbox set claimed_by = 'other-node', claimed_until = :until")
        .param("until", JdbcTime.timestamp(START.plus(MailOutbox.LEASE))).update();

    assertThat(outbox.sendDue()).isFalse();
    moveClockTo(START.plus(MailOutbox.LEASE));
    assertThat(outbox.sendDue()).isFalse();
    assertThat(sender.calls).isEmpty();

    moveClockTo(START.plus(MailOutbox.LEASE).plusSeconds(1));
    outbox.sendDue();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    assertThat(receivedSubjects()).containsExactly("claimed");
    assertThat(stored()).isEmpty();
  }

  @Test
  void whileOneNodeSendsARowAnotherDoesNotClaimIt() throws Exception {
    sender.gateFirstCall = true;
    MailOutbox sending = outbox(50, 10);
    sending.start();
    new MailNotifier(sending).send(mail("once"));
    awaitSenderHeld();

    MailOutbox other = outbox(50, 10);
    assertThat(other.sendDue()).isFalse();
    sender.gate.countDown();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 1)).isTrue();
    sending.close();
    assertThat(sender.calls).singleElement().extracting(Call::thread).isEqualTo("mail-outbox");
    assertThat(stored()).isEmpty();
  }

  /** An outbox whose thread is not started; it polls every hour once started, so only wakes and full batches count. */
  private MailOutbox outbox(int batchSize, int maxAttempts) {
    MailOutbox outbox = new MailOutbox(jdbc, sender, clock(), properties(batchSize, maxAttempts));
    outboxes.add(outbox);
    return outbox;
  }

  private static MailProperties properties(int batchSize, int maxAttempts) {
    return new MailProperties(true, "ke-hoach@demo.kehoach.invalid", batchSize, maxAttempts, Duration.ofHours(1));
  }

  /** The engine's clock, as the application's Clock bean: the test moves it with ClockUtil. */
  private static Clock clock() {
    return new EngineClock(ZoneOffset.UTC);
  }

  private void awaitSenderHeld() throws InterruptedException {
    assertThat(sender.firstCall.await(WAIT_MS, TimeUnit.MILLISECONDS)).as("the sender thread is held").isTrue();
  }

  private List<Stored> stored() {
    return jdbc.sql("select * from mail_outbox order by id")
        .query((rs, n) -> new Stored(rs.getString("subject"), rs.getInt("attempts"),
            JdbcTime.instant(rs, "next_attempt_at"), rs.getString("claimed_by"), rs.getString("last_error"),
            JdbcTime.instant(rs, "failed_at")))
        .list();
  }

  private static void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
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

  private static List<ch.qos.logback.classic.Logger> loggers() {
    return List.of((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(MailOutbox.class),
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(MailNotifier.class));
  }

  record Call(String thread, List<String> subjects) {}

  record Stored(String subject, int attempts, Instant nextAttemptAt, String claimedBy, String lastError,
                Instant failedAt) {}

  /**
   * The real sender, recording each call to {@code send(SimpleMailMessage...)} (one SMTP connection each); its first
   * call can be held on a gate. It fails the messages whose subject is in {@code failing} as JavaMailSenderImpl
   * reports them (the others are sent), or, when {@code down}, the whole call as a refused connection does.
   */
  private static final class RecordingSender extends JavaMailSenderImpl {

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Set<String> failing = new CopyOnWriteArraySet<>();
    final CountDownLatch firstCall = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger count = new AtomicInteger();
    volatile boolean gateFirstCall;
    volatile boolean down;

    @Override
    public void send(SimpleMailMessage... messages) {
      calls.add(new Call(Thread.currentThread().getName(),
          Arrays.stream(messages).map(SimpleMailMessage::getSubject).toList()));
      if (count.incrementAndGet() == 1) {
        firstCall.countDown();
        if (gateFirstCall) {
          awaitGate();
        }
      }
      if (down) {
        throw new MailSendException("Mail server connection failed", new MessagingException("Connection refused"));
      }
      Map<Object, Exception> failed = new LinkedHashMap<>();
      List<SimpleMailMessage> accepted = new ArrayList<>();
      for (SimpleMailMessage message : messages) {
        if (failing.contains(message.getSubject())) {
          failed.put(message, new MessagingException("550 mailbox unavailable"));
        } else {
          accepted.add(message);
        }
      }
      if (!accepted.isEmpty()) {
        super.send(accepted.toArray(SimpleMailMessage[]::new));
      }
      if (!failed.isEmpty()) {
        throw new MailSendException("Failed messages", null, failed);
      }
    }

    /** Bounded, so that a test that fails does not hang. */
    private void awaitGate() {
      try {
        gate.await(WAIT_MS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The log lines of the outbox and the notifier; appended by the sender thread, read by the test. */
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
