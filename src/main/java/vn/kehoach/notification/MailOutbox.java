package vn.kehoach.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail sent from one thread, in batches over one SMTP connection each, so that the threads that decide to notify
 * (the job executor's, thousands of escalations at a time) never wait on the SMTP server. In memory: what is queued
 * when the process dies is lost, as a failed send is (neither is retried).
 */
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JavaMailSender mail;
  private final BlockingQueue<SimpleMailMessage> queue;
  private final int batchSize;
  private final Thread sender;
  private boolean closed; // guarded by this, so that nothing is queued after the sender's last look at the queue

  MailOutbox(JavaMailSender mail, int capacity, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("app.mail.batch-size must be at least 1, not " + batchSize);
    }
    this.mail = mail;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.sender = new Thread(this::run, "mail-outbox");
    sender.setDaemon(true);
    sender.start();
  }

  /** Queues the message; when the outbox is full or closed it is sent in the caller's thread rather than lost. */
  void post(SimpleMailMessage message) {
    if (!offer(message)) {
      LOG.warn("Mail outbox full or closed: sending '{}' in this thread", message.getSubject());
      deliver(List.of(message));
    }
  }

  private synchronized boolean offer(SimpleMailMessage message) {
    return !closed && queue.offer(message);
  }

  /** Takes nothing more, sends what is queued, waiting at most {@code wait} for it. */
  void close(Duration wait) {
    synchronized (this) {
      closed = true;
    }
    sender.interrupt();
    try {
      sender.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (sender.isAlive()) {
      LOG.warn("Mail outbox closed with {} e-mails not yet sent", queue.size());
    }
  }

  private void run() {
    List<SimpleMailMessage> batch = new ArrayList<>(batchSize);
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch, batchSize - 1);
        deliver(batch);
        batch.clear();
      }
    } catch (InterruptedException closing) {
      // close(): the queue takes nothing more, so one last drain sends everything
    }
    while (queue.drainTo(batch, batchSize) > 0) {
      deliver(batch);
      batch.clear();
    }
  }

  /** Sends and logs each message; a failure is logged, not retried. */
  private void deliver(List<SimpleMailMessage> batch) {
    Map<Object, Exception> failed = Map.of();
    RuntimeException batchFailure = null;
    try {
      mail.send(batch.toArray(SimpleMailMessage[]::new));
    } catch (MailSendException e) {
      // JavaMailSenderImpl names the messages that failed (keyed by the SimpleMailMessage); the others were sent
      failed = e.getFailedMessages();
      batchFailure = failed.isEmpty() ? e : null;
    } catch (RuntimeException e) {
      batchFailure = e;
    }
    for (SimpleMailMessage message : batch) {
      Exception failure = batchFailure != null ? batchFailure : failed.get(message);
      List<String> to = Arrays.asList(message.getTo());
      if (failure == null) {
        LOG.info("Sent '{}' to {}", message.getSubject(), to);
      } else {
        LOG.error("Could not send '{}' to {}: {}", message.getSubject(), to, failure.getMessage());
      }
    }
  }
}
