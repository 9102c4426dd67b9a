package vn.kehoach.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.kehoach.importing.ImportBenchmark;
import vn.kehoach.importing.PlanImporter;

/**
 * Scenario 5: documents per second read by the plan importer, measured as ImportBenchmark does: each of the five
 * seeds parsed (and its bodies matched to the demo organisation) for one-second rounds after warm-up rounds.
 */
final class ImportThroughputBenchmark {

  private final Report report;

  ImportThroughputBenchmark(Report report) {
    this.report = report;
  }

  void run(int warmUpRounds, int rounds) throws Exception {
    PlanImporter importer = ImportBenchmark.demoImporter();
    for (Path seed : ImportBenchmark.seeds()) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      for (int i = 0; i < warmUpRounds; i++) {
        ImportBenchmark.round(importer, text);
      }
      Rounds rates = new Rounds();
      for (int i = 0; i < rounds; i++) {
        rates.add(ImportBenchmark.round(importer, text));
      }
      report.add("5. import", "documents/s, seed " + seed.getFileName().toString().substring(0, 3), "documents/s",
          rates, text.length() + " characters");
    }
  }
}
