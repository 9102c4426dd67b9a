package vn.kehoach.engine.config;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
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

  /**
   * Camunda answers {@code Cache-Control: no-cache}, which lets caches keep a copy of tasks and plans; {@code /api}'s
   * answer (Spring Security's) keeps none, and so does this one.
   */
  private static final ContainerResponseFilter NO_STORE = (request, response) ->
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");

  @Bean
  CamundaJerseyResourceConfig camundaRestConfig(HistoryService history, IdentityService identity) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        FinishedTaskConflict finished = new FinishedTaskConflict(history, identity);
        register(new RejectedTaskInputMapper(finished));
        register(new FinishedTaskMappers.ForAuthorization(finished));
        register(new FinishedTaskMappers.ForUnexpected(finished));
        register(NO_STORE);
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
