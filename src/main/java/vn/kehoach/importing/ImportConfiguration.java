package vn.kehoach.importing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kehoach.organisation.Organisation;

/** The importer reads documents against this deployment's organisation. */
@Configuration
public class ImportConfiguration {

  @Bean
  PlanImporter planImporter(Organisation organisation, Clock clock) {
    return PlanImporter.forOrganisation(organisation, clock);
  }
}
