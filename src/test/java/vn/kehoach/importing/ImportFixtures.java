package vn.kehoach.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.core.io.ClassPathResource;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.OrganisationFile;

/** The demo organisation, a fixed clock and the seed documents, for the import tests. */
final class ImportFixtures {

  static final Organisation DEMO = OrganisationFile.read(new ClassPathResource("organisation/demo-organisation.yaml"));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T03:00:00Z"), ZoneOffset.UTC);

  private ImportFixtures() {}

  static PlanImporter importer() {
    return PlanImporter.forOrganisation(DEMO, CLOCK);
  }

  static byte[] resource(String path) {
    try (InputStream in = ImportFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seed(String fileName) {
    return new String(resource("/import/seeds/" + fileName), StandardCharsets.UTF_8);
  }
}
