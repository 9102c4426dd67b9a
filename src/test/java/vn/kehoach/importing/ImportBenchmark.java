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
 * rounds; prints documents per second per seed with the spread over the rounds, and the machine; then the same for
 * each kind of document of the corpus of real documents (KH, QĐ, CT, CV, TB). Not a test:
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
    corpusByKind(importer);
  }

  /**
   * Documents per second for each kind of the corpus of real documents (KH, QĐ, CT, CV, TB; the rest as "khác"),
   * the kind as its hand reading gives it: all documents of a kind read in turn, in rounds.
   */
  static void corpusByKind(PlanImporter importer) throws java.io.IOException {
    java.util.Map<String, List<String>> byKind = new java.util.TreeMap<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path reading : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String code = json.readTree(reading.toFile()).path("expected").path("header").path("kindCode").asText("");
        String kind = List.of("KH", "QĐ", "CT", "CV", "TB").contains(code) ? code : "khác";
        Path text = Path.of(reading.toString().replaceAll("\\.json$", ".txt"));
        if (Files.exists(text)) {
          byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(Files.readString(text, StandardCharsets.UTF_8));
        }
      }
    }
    if (byKind.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("| corpus kind | documents | characters (mean) | documents/s (median) | min | max"
        + " | ms/document |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (java.util.Map.Entry<String, List<String>> kind : byKind.entrySet()) {
      List<String> texts = kind.getValue();
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        round(importer, texts);
      }
      double[] rates = new double[ROUNDS];
      for (int i = 0; i < ROUNDS; i++) {
        rates[i] = round(importer, texts);
      }
      Arrays.sort(rates);
      double median = rates[ROUNDS / 2];
      System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.2f |%n", kind.getKey(), texts.size(),
          texts.stream().mapToInt(String::length).average().orElse(0), median, rates[0], rates[ROUNDS - 1],
          1000.0 / median);
    }
  }

  private static final Path CORPUS = Path.of("src/test/resources/import/corpus");

  /** Documents per second over about one second, reading the texts in turn. */
  static double round(PlanImporter importer, List<String> texts) {
    List<Object> sink = new ArrayList<>();
    long start = System.nanoTime();
    int documents = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      sink.add(importer.importText(texts.get(documents % texts.size()), LocalDate.of(2024, 4, 1)).plan());
      documents++;
      if (sink.size() > 100) {
        sink.clear();
      }
    }
    return documents / ((System.nanoTime() - start) / 1e9);
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
