package vn.kehoach.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends by SMTP once the transaction that decided to notify has committed; a failure is logged, not retried. */
public class MailNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final JavaMailSender mail;
  private final MailProperties properties;

  public MailNotifier(JavaMailSender mail, MailProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void send(Notification notification) {
    if (notification.to().isEmpty()) {
      LOG.warn("No e-mail address for notification '{}'", notification.subject());
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliver(notification);
        }
      });
    } else {
      deliver(notification);
    }
  }

  private void deliver(Notification notification) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(notification.to().toArray(String[]::new));
    message.setSubject(notification.subject());
    message.setText(notification.text());
    try {
      mail.send(message);
      LOG.info("Sent '{}' to {}", notification.subject(), notification.to());
    } catch (RuntimeException e) {
      LOG.error("Could not send '{}' to {}: {}", notification.subject(), notification.to(), e.getMessage());
    }
  }
}
