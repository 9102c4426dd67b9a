package vn.kehoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context of the process tests: like {@link IntegrationTest}, with e-mail to a local SMTP port, plus process
 * coverage recording (whose parse
 * listener fails any process run outside a coverage-tracked test class, hence a context of its own, on its own
 * in-memory database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kehoach-process-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "app.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=" + ProcessTest.SMTP_PORT,
        // engines are registered by name in one static map: the REST API of the other context must not find this one
        "camunda.bpm.process-engine-name=process-tests",
        "camunda.bpm.generic-properties.properties.processEngineName=process-tests"})
@ActiveProfiles("test")
@Import({CoverageTestConfiguration.class, ProcessEngineCoverageConfiguration.class})
public @interface ProcessTest {

  /** Where the process tests' in-process SMTP server (GreenMail) listens. */
  int SMTP_PORT = 3925;
}
