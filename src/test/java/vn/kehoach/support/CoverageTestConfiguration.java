package vn.kehoach.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process coverage: every test class named {@code *ProcessTest} must cover every flow node and sequence flow of
 * the processes it runs (the listener is registered by the library for every Spring test; the pattern limits it
 * to the process tests, which own the coverage).
 */
@TestConfiguration
public class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
        .addInclusionPatternForTestClasses("*ProcessTest")
        .build();
  }
}
