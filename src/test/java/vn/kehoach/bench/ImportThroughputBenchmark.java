package vn.kehoach.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import vn.kehoach.importing.PlanImporter;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.OrganisationFile;

/**
 * Scenario 5: documents per second read by the plan importer, as ImportBenchmark measures it: each of the five
 * seeds parsed (and its bodies matched to the demo organisation) for one-second rounds after warm-up rounds.
 */
final class ImportThroughputBenchmark {

  private static final long ROUND_NANOS = 1_000_000_000L;

  private final Report report;

  ImportThroughputBenchmark(Report report) {
    this.report = report;
  }

  void run(int warmUpRounds, int rounds) throws Exception {
    Organisation demo = OrganisationFile.read(new ClassPathResource("organisation/demo-organisation.yaml"));
    PlanImporter importer = PlanImporter.forOrganisation(demo, Clock.systemUTC());
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/import/seeds"))) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      for (int i = 0; i < warmUpRounds; i++) {
        round(importer, text);
      }
      Rounds rates = new Rounds();
      for (int i = 0; i < rounds; i++) {
        rates.add(round(importer, text));
      }
      report.add("5. import", "documents/s, seed " + seed.getFileName().toString().substring(0, 3), "documents/s",
          rates, text.length() + " characters");
    }
  }

  /** Documents per second over about one second of parsing. */
  private static double round(PlanImporter importer, String text) {
    List<Object> sink = new ArrayList<>();
    long start = System.nanoTime();
    int documents = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      sink.add(importer.importText(text, LocalDate.of(2024, 4, 1)).plan());
      documents++;
      if (sink.size() > 100) {
        sink.clear();
      }
    }
    return documents / ((System.nanoTime() - start) / 1e9);
  }
}
