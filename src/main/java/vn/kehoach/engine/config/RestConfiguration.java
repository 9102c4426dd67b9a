package vn.kehoach.engine.config;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST API ({@code /engine-rest}) with our additions. */
@Configuration
public class RestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaRestConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(RejectedTaskInputMapper.class);
      }
    };
  }
}
