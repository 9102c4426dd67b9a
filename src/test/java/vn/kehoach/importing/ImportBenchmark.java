package vn.kehoach.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.OrganisationFile;

/**
 * How fast one plan document is read, after warm-up: each seed parsed (and its bodies matched) repeatedly, in
 * rounds; prints documents per second per seed with the spread over the rounds, and the machine. Not a test:
 * run with {@code mvn -Pbench-import test-compile exec:java}.
 */
public final class ImportBenchmark {

  private static final int WARM_UP_ROUNDS = 5;
  private static final int ROUNDS = 7;
  private static final long ROUND_NANOS = 1_000_000_000L;

  public static void main(String[] args) throws Exception {
    PlanImporter importer = demoImporter();
    List<Path> seeds = seeds();
    System.out.printf("Machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    System.out.println("| seed | characters | documents/s (median) | min | max | ms/document |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        round(importer, text);
      }
      double[] rates = new double[ROUNDS];
      for (int i = 0; i < ROUNDS; i++) {
        rates[i] = round(importer, text);
      }
      Arrays.sort(rates);
      double median = rates[ROUNDS / 2];
      System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.2f |%n", seed.getFileName().toString().substring(0, 3),
          text.length(), median, rates[0], rates[ROUNDS - 1], 1000.0 / median);
    }
  }

  /** The importer on the demo organisation, as the seeds are read against it. */
  public static PlanImporter demoImporter() {
    Organisation demo = OrganisationFile.read(new ClassPathResource("organisation/demo-organisation.yaml"));
    return PlanImporter.forOrganisation(demo, Clock.systemUTC());
  }

  /** The five seed documents, in order. */
  public static List<Path> seeds() throws java.io.IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/import/seeds"))) {
      return files.sorted().toList();
    }
  }

  /** Documents per second over about one second of parsing. */
  public static double round(PlanImporter importer, String text) {
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

  private ImportBenchmark() {}
}
