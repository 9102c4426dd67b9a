package vn.kehoach.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends by SMTP through the {@link MailOutbox}: the e-mail is stored in the caller's transaction, so that a
 * rolled-back step sends nothing and a committed one is not lost, and the sender is woken once it has committed.
 */
public class MailNotifier implements Notifier, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final MailOutbox outbox;

  MailNotifier(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void send(Notification notification) {
    if (notification.to().isEmpty()) {
      LOG.warn("No e-mail address for notification '{}'", notification.subject());
      return;
    }
    outbox.add(notification);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // woken before the commit, the sender would not yet see the row
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          outbox.wake();
        }
      });
    } else {
      outbox.wake();
    }
  }

  /** Stops the sender; what is not yet sent stays in the outbox for the next start. */
  @Override
  public void destroy() {
    outbox.close();
  }
}
