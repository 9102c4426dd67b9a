package vn.kehoach.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Moments in API answers are written in Vietnam's time, {@code 2024-06-05T10:00:00+07:00}, as the README promises and
 * as people read them, rather than in UTC ({@code 2024-06-05T03:00:00Z}): the same instant, the day people see.
 */
@Configuration
public class VietnamTimeJson {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Jackson2ObjectMapperBuilderCustomizer instantsInVietnamTime() {
    return builder -> builder.serializerByType(Instant.class, new InstantInVietnam());
  }

  static class InstantInVietnam extends StdSerializer<Instant> {

    InstantInVietnam() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
      json.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(VIETNAM).toOffsetDateTime()));
    }
  }
}
