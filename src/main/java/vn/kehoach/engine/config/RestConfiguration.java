package vn.kehoach.engine.config;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST API ({@code /engine-rest}) with our additions. */
@Configuration
public class RestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaRestConfig(HistoryService history, IdentityService identity) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        FinishedTaskConflict finished = new FinishedTaskConflict(history, identity);
        register(new RejectedTaskInputMapper(finished));
        register(new FinishedTaskMappers.ForAuthorization(finished));
        register(new FinishedTaskMappers.ForUnexpected(finished));
      }
    };
  }

  /** Refusals of a task's contract are logged once, by the guard, not again by Tasklist's REST API. */
  @Bean
  InitializingBean taskRefusalLogFilter() {
    return () -> TaskRefusalLogFilter.install((LoggerContext) LoggerFactory.getILoggerFactory());
  }

  /** Refusals of a task's contract answer 400 with their own message on Tasklist's API too. */
  @Bean
  FilterRegistrationBean<TaskRefusalFilter> taskRefusalFilter(ObjectMapper json) {
    FilterRegistrationBean<TaskRefusalFilter> registration = new FilterRegistrationBean<>(new TaskRefusalFilter(json));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    registration.setName("task-refusal");
    return registration;
  }
}
