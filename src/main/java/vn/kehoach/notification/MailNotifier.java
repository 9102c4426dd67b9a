package vn.kehoach.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends by SMTP once the transaction that decided to notify has committed, through the {@link MailOutbox} so that
 * the committing thread does not wait on SMTP; a failure is logged, not retried.
 */
public class MailNotifier implements Notifier, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  /** How long shutdown waits for the queued e-mails to be sent. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final MailProperties properties;
  private final MailOutbox outbox;

  public MailNotifier(JavaMailSender mail, MailProperties properties) {
    this.properties = properties;
    this.outbox = new MailOutbox(mail, properties.outboxCapacity(), properties.batchSize());
  }

  @Override
  public void send(Notification notification) {
    if (notification.to().isEmpty()) {
      LOG.warn("No e-mail address for notification '{}'", notification.subject());
      return;
    }
    SimpleMailMessage message = message(notification);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          outbox.post(message);
        }
      });
    } else {
      outbox.post(message);
    }
  }

  /** Sends what is queued before the application stops. */
  @Override
  public void destroy() {
    outbox.close(SHUTDOWN_WAIT);
  }

  private SimpleMailMessage message(Notification notification) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(notification.to().toArray(String[]::new));
    message.setSubject(notification.subject());
    message.setText(notification.text());
    return message;
  }
}
