package vn.kehoach.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Process coverage: a {@link ProcessTest} class must cover every flow node and sequence flow of the processes it runs. */
@TestConfiguration
public class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
