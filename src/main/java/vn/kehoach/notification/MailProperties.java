package vn.kehoach.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of reminders and escalations ({@code app.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled off in the demo profile: notifications are then only logged
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("ke-hoach@localhost") String from) {}
