package vn.kehoach.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** When e-mail is off (the demo profile): notifications are written to the log instead. */
public class LoggingNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

  @Override
  public void send(Notification notification) {
    LOG.info("E-mail is off (app.mail.enabled=false); would send '{}' to {}", notification.subject(), notification.to());
  }
}
