package vn.kehoach.engine.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kehoach.deadline.Deadline;

/** Wiring between the domain and the Camunda engine. */
@Configuration
public class EngineConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock(Deadline.VIETNAM);
  }
}
