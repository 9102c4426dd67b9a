package vn.kehoach.importing;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kehoach.organisation.Organisation;

/** The importer reads documents against this deployment's organisation. */
@Configuration
public class ImportConfiguration {

  @Bean
  PlanImporter planImporter(Organisation organisation, Clock clock, TesseractOcr ocr) {
    return PlanImporter.forOrganisation(organisation, clock).withOcr(ocr);
  }

  /** Scans and images are read by Tesseract when it and its Vietnamese data are installed (README, import). */
  @Bean
  TesseractOcr tesseractOcr(@Value("${app.import.ocr.enabled:true}") boolean enabled,
                            @Value("${app.import.ocr.command:tesseract}") String command,
                            @Value("${app.import.ocr.timeout:3m}") Duration timeout,
                            @Value("${app.import.ocr.max-pages:15}") int maxPages) {
    return new TesseractOcr(enabled, command, timeout, maxPages);
  }
}
