package vn.kehoach.notification;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail when {@code app.mail.enabled} and an SMTP server ({@code spring.mail.host}) are configured, else the log. */
@Configuration
public class NotificationConfiguration {

  @Bean
  Notifier notifier(MailProperties properties, ObjectProvider<JavaMailSender> mail, JdbcClient jdbc, Clock clock) {
    if (!properties.enabled()) {
      return new LoggingNotifier();
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("app.mail.enabled is true but no SMTP server is configured: set spring.mail.host");
    }
    MailOutbox outbox = new MailOutbox(jdbc, sender, clock, properties);
    outbox.start();
    return new MailNotifier(outbox);
  }
}
