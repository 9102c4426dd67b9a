package vn.kehoach.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of reminders and escalations ({@code app.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled off in the demo profile: notifications are then only logged
 * @param batchSize e-mails sent over one SMTP connection
 * @param maxAttempts sends of one e-mail before it is marked failed and left for the operator
 * @param pollInterval how often the sender looks for due e-mails without being woken: retries, and the e-mails of a
 *     node that died
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("ke-hoach@localhost") String from,
                             @DefaultValue("50") int batchSize,
                             @DefaultValue("10") int maxAttempts,
                             @DefaultValue("30s") Duration pollInterval) {}
