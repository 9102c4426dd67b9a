package vn.kehoach.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of reminders and escalations ({@code app.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled off in the demo profile: notifications are then only logged
 * @param outboxCapacity e-mails waiting to be sent; when full, the thread that notifies sends itself
 * @param batchSize e-mails sent over one SMTP connection
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("ke-hoach@localhost") String from,
                             @DefaultValue("10000") int outboxCapacity,
                             @DefaultValue("50") int batchSize) {}
