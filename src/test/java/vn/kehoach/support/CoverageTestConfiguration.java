package vn.kehoach.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process coverage is recorded for every {@link ProcessTest} class (reports under target/process-test-coverage);
 * ProcessCoverageIT then demands that the process tests together cover every flow node and sequence flow.
 */
@TestConfiguration
public class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().build();
  }
}
