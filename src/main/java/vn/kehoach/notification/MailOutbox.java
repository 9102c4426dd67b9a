package vn.kehoach.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.kehoach.system.JdbcTime;

/**
 * E-mail kept in table {@code mail_outbox} until sent. Rows are added in the transaction that decides to notify; one
 * thread per node sends them in batches over one SMTP connection each, so that the threads that notify (the job
 * executor's, thousands of escalations at a time) never wait on the SMTP server. A failed e-mail is tried again with
 * a growing delay, and kept with {@code failed_at} after the last attempt. Nodes sharing the database claim rows for
 * a lease: a row is sent by one node, and the rows of a node that died are sent by another once its lease ends.
 */
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  /** Joins the addresses of a row; a newline is never part of an address. */
  static final String SEPARATOR = "\n";
  /** Longer than a batch takes to send: a row is sent twice only when its node stalls this long. */
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);
  /** How long shutdown waits for the current pass; what it has not finished, the next start sends. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
  private static final int ERROR_LENGTH = 1000;

  /** Due, not given up, and not claimed by a node whose lease runs. */
  private static final String DUE =
      "next_attempt_at <= :now and failed_at is null and (claimed_until is null or claimed_until < :now)";
  /**
   * The claim repeats DUE in its own WHERE: on PostgreSQL an UPDATE that waited on a row another node was claiming
   * checks that row again once the lock is released, and skips it, so two nodes never claim the same row.
   */
  private static final String CLAIM = "update mail_outbox set claimed_by = :node, claimed_until = :until where id in "
      + "(select id from mail_outbox where " + DUE + " order by next_attempt_at, id fetch first :batch rows only) "
      + "and " + DUE;

  private final JdbcClient jdbc;
  private final JavaMailSender mail;
  private final Clock clock;
  private final String from;
  private final int batchSize;
  private final int maxAttempts;
  private final Duration pollInterval;
  private final String node = hostName() + "/" + UUID.randomUUID();
  private final Thread sender = new Thread(this::run, "mail-outbox");
  private boolean woken; // guarded by this
  private boolean closed; // guarded by this

  MailOutbox(JdbcClient jdbc, JavaMailSender mail, Clock clock, MailProperties properties) {
    require(properties.batchSize() >= 1, "app.mail.batch-size must be at least 1, not " + properties.batchSize());
    require(properties.maxAttempts() >= 1, "app.mail.max-attempts must be at least 1, not " + properties.maxAttempts());
    require(!properties.pollInterval().isNegative() && !properties.pollInterval().isZero(),
        "app.mail.poll-interval must be positive, not " + properties.pollInterval());
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
    this.from = properties.from();
    this.batchSize = properties.batchSize();
    this.maxAttempts = properties.maxAttempts();
    this.pollInterval = properties.pollInterval();
    sender.setDaemon(true);
  }

  /** Stores the e-mail in the caller's transaction, due at once. */
  void add(Notification notification) {
    var now = JdbcTime.timestamp(clock.instant());
    jdbc.sql("""
            insert into mail_outbox (recipients, subject, body, created_at, next_attempt_at)
            values (:to, :subject, :body, :now, :now)""")
        .param("to", String.join(SEPARATOR, notification.to())).param("subject", notification.subject())
        .param("body", notification.text()).param("now", now)
        .update();
  }

  /** Starts the sender thread; its first pass sends what an earlier run left. */
  void start() {
    sender.start();
  }

  /** Makes the sender pass now rather than at its next poll. */
  synchronized void wake() {
    woken = true;
    notifyAll();
  }

  /** Stops the sender after its current pass; unsent e-mails stay in the table for the next start. */
  void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    if (!sender.isAlive()) {
      return;
    }
    try {
      sender.join(SHUTDOWN_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (sender.isAlive()) {
      LOG.warn("Mail outbox still sending at shutdown; what it claimed is sent after its lease of {}", LEASE);
    }
  }

  private void run() {
    while (!isClosed()) {
      boolean fullBatch = false;
      try {
        fullBatch = sendDue();
      } catch (RuntimeException e) {
        LOG.warn("Mail outbox pass failed; next pass within {}", pollInterval, e);
      }
      if (!fullBatch && !awaitWakeOrPoll()) {
        return;
      }
    }
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  /** False when interrupted. */
  private synchronized boolean awaitWakeOrPoll() {
    long deadline = System.nanoTime() + pollInterval.toNanos();
    try {
      for (long left = pollInterval.toNanos(); !woken && !closed && left > 0; left = deadline - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    woken = false;
    return true;
  }

  /**
   * One pass: claims up to a batch of due e-mails, sends them over one connection, deletes the sent ones and puts the
   * failed ones back for a later attempt. True when the batch was full, so more may be due.
   */
  boolean sendDue() {
    Instant now = clock.instant();
    // to milliseconds, which H2 and PostgreSQL store exactly: the select below finds the rows of this claim by it
    Instant until = now.plus(LEASE).truncatedTo(ChronoUnit.MILLIS);
    int claimed = jdbc.sql(CLAIM).param("node", node).param("until", JdbcTime.timestamp(until))
        .param("now", JdbcTime.timestamp(now)).param("batch", batchSize)
        .update();
    if (claimed == 0) {
      return false;
    }
    List<Row> rows = jdbc.sql("""
            select id, recipients, subject, body, attempts from mail_outbox
            where claimed_by = :node and claimed_until = :until order by id""")
        .param("node", node).param("until", JdbcTime.timestamp(until))
        .query((rs, n) -> new Row(rs.getLong("id"), List.of(rs.getString("recipients").split(SEPARATOR)),
            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
        .list();
    deliver(rows);
    return claimed >= batchSize;
  }

  private void deliver(List<Row> rows) {
    SimpleMailMessage[] messages = rows.stream().map(this::message).toArray(SimpleMailMessage[]::new);
    Map<Object, Exception> failed = Map.of();
    RuntimeException batchFailure = null;
    try {
      mail.send(messages);
    } catch (MailSendException e) {
      // JavaMailSenderImpl names the messages that failed, keyed by the SimpleMailMessage (equal by content: of two
      // equal messages both count as failed, sending one twice rather than losing one); the others were sent
      failed = e.getFailedMessages();
      batchFailure = failed.isEmpty() ? e : null;
    } catch (RuntimeException e) {
      batchFailure = e;
    }
    List<Row> sent = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Exception failure = batchFailure != null ? batchFailure : failed.get(messages[i]);
      if (failure == null) {
        sent.add(rows.get(i));
      } else {
        retryOrGiveUp(rows.get(i), failure);
      }
    }
    if (!sent.isEmpty()) {
      jdbc.sql("delete from mail_outbox where id in (:ids)").param("ids", sent.stream().map(Row::id).toList()).update();
      sent.forEach(row -> LOG.info("Sent '{}' to {}", row.subject(), row.to()));
    }
  }

  /** Releases the row for a later attempt, or gives it up after the last one. */
  private void retryOrGiveUp(Row row, Exception failure) {
    int attempts = row.attempts() + 1;
    String error = truncate(failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName());
    Instant now = clock.instant();
    boolean givenUp = attempts >= maxAttempts;
    Instant next = givenUp ? now : now.plus(retryDelay(attempts));
    jdbc.sql("""
            update mail_outbox set attempts = :attempts, last_error = :error, next_attempt_at = :next,
              failed_at = :failedAt, claimed_by = null, claimed_until = null
            where id = :id and claimed_by = :node""")
        .param("attempts", attempts).param("error", error).param("next", JdbcTime.timestamp(next))
        .param("failedAt", JdbcTime.timestamp(givenUp ? now : null)).param("id", row.id()).param("node", node)
        .update();
    if (givenUp) {
      LOG.error("Could not send '{}' to {} after {} attempts, giving up: {}", row.subject(), row.to(), attempts, error);
    } else {
      LOG.warn("Could not send '{}' to {} (attempt {} of {}), trying again at {}: {}", row.subject(), row.to(),
          attempts, maxAttempts, next, error);
    }
  }

  /** One minute after the first failure, doubling, at most an hour. */
  static Duration retryDelay(int failures) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }

  private SimpleMailMessage message(Row row) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(row.to().toArray(String[]::new));
    message.setSubject(row.subject());
    message.setText(row.body());
    return message;
  }

  private static String truncate(String text) {
    return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "unknown-host";
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private record Row(long id, List<String> to, String subject, String body, int attempts) {}
}
