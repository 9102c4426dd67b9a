package vn.kehoach.deadline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real phrase of {@code deadline/corpus/*.csv} (format in its README) read against its document's date and
 * compared with its hand reading, field by field. Writes {@code target/deadline-corpus-shares.md}: the rows, the
 * share read exactly overall and per form, and every miss. Fails on a miss not listed in
 * {@code deadline/corpus/known-misses.csv} (phrase|why), and on a listed miss that is now read right or no longer in
 * the corpus, so that the list stays true.
 */
class DeadlineCorpusTest {

  private static final String[] COLUMNS = {"phrase", "documentDate", "form", "start", "lastDay", "cycle",
      "dayInPeriod", "period", "phases", "amount", "workingDays", "source"};

  private final DeadlineParser parser = new DeadlineParser();

  /** One row: where it is, its phrase (unescaped) and its hand reading, column by column as written. */
  record Row(String file, int line, String phrase, Map<String, String> reading) {}

  /** One row read: what differs from the hand reading ("lastDay: 2024-06-30 ≠ 2024-06-29"), empty if nothing. */
  record Outcome(Row row, List<String> differences, ParsedDeadline parsed) {
    boolean exact() {
      return differences.isEmpty();
    }
  }

  @Test
  void readsTheRealPhrasesAsTheirHandReadings() throws IOException {
    List<Row> all = rows();
    assertThat(all).as("rows in deadline/corpus/*.csv").isNotEmpty();
    // the README requires the document's date; a row still without one cannot be read and is listed apart
    List<Row> undated = all.stream().filter(r -> r.reading().get("documentDate").isBlank()).toList();
    List<Row> rows = all.stream().filter(r -> !r.reading().get("documentDate").isBlank()).toList();
    List<Outcome> outcomes = rows.stream().map(this::read).toList();
    Map<String, String> known = knownMisses();

    String report = report(outcomes, known) + undated(undated);
    Path out = Paths.get("target", "deadline-corpus-shares.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);

    Set<String> missed = outcomes.stream().filter(o -> !o.exact()).map(o -> o.row().phrase())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> inCorpus = rows.stream().map(Row::phrase).collect(Collectors.toSet());
    List<String> unexpected = outcomes.stream().filter(o -> !o.exact() && !known.containsKey(o.row().phrase()))
        .map(DeadlineCorpusTest::describe).toList();
    List<String> nowRight = known.keySet().stream().filter(p -> inCorpus.contains(p) && !missed.contains(p)).toList();
    List<String> gone = known.keySet().stream().filter(p -> !inCorpus.contains(p)).toList();
    assertThat(unexpected).as("misses not in known-misses.csv").isEmpty();
    assertThat(nowRight).as("known misses now read right: take them off known-misses.csv").isEmpty();
    assertThat(gone).as("known misses no longer in the corpus: take them off known-misses.csv").isEmpty();
  }

  private Outcome read(Row row) {
    Map<String, String> hand = row.reading();
    LocalDate documentDate = LocalDate.parse(hand.get("documentDate"));
    ParsedDeadline parsed = parser.parse(row.phrase(), documentDate);
    DeadlineForm form = DeadlineForm.valueOf(hand.get("form"));
    List<String> differences = new ArrayList<>();
    compare(differences, "form", hand.get("form"), parsed.form().name());
    // the README defines start and lastDay for DUE, RANGE and RECURRING; a phased reading gives them in its phases
    boolean phased = form == DeadlineForm.PHASED && parsed.form() == DeadlineForm.PHASED;
    if (!phased) {
      compare(differences, "start", hand.get("start"), text(parsed.start()));
      compare(differences, "lastDay", hand.get("lastDay"), text(lastDay(parsed)));
    }
    compare(differences, "cycle", hand.get("cycle"), text(parsed.cycle()));
    compare(differences, "dayInPeriod", hand.get("dayInPeriod"), text(parsed.dayInPeriod()));
    compare(differences, "period", hand.get("period"), text(parsed.period()));
    compare(differences, "phases", hand.get("phases"), parsed.phases().stream().map(DateRange::toString)
        .collect(Collectors.joining(";")));
    compare(differences, "amount", hand.get("amount"), text(parsed.amount()));
    compare(differences, "workingDays", hand.get("workingDays"),
        form == DeadlineForm.RELATIVE || parsed.form() == DeadlineForm.RELATIVE ? String.valueOf(parsed.workingDays())
            : "");
    return new Outcome(row, differences, parsed);
  }

  /** RECURRING: its first reporting day (the last day on time), as the README's lastDay column has it. */
  private static LocalDate lastDay(ParsedDeadline parsed) {
    return parsed.form() == DeadlineForm.RECURRING ? parsed.firstReport() : parsed.lastDay();
  }

  private static void compare(List<String> differences, String column, String expected, String actual) {
    String want = expected == null ? "" : expected.strip();
    String got = actual == null ? "" : actual;
    if (column.equals("workingDays") && want.isEmpty() && got.equals("false")) {
      return;
    }
    if (column.equals("amount") && !want.isEmpty() && !got.isEmpty()
        && Integer.parseInt(want) == Integer.parseInt(got)) {
      return;
    }
    if (!want.equalsIgnoreCase(got)) {
      differences.add(column + ": " + (want.isEmpty() ? "∅" : want) + " ≠ " + (got.isEmpty() ? "∅" : got));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof MonthDay day) {
      return day.toString();
    }
    return value.toString();
  }

  private static String describe(Outcome outcome) {
    return outcome.row().file() + ":" + outcome.row().line() + " [" + outcome.row().reading().get("form") + "] "
        + oneLine(outcome.row().phrase()) + " — " + String.join("; ", outcome.differences())
        + (outcome.parsed().reason() == null ? "" : " (" + outcome.parsed().reason() + ")");
  }

  private static String oneLine(String phrase) {
    String line = phrase.replaceAll("\\s+", " ").strip();
    return line.length() > 160 ? line.substring(0, 157) + "…" : line;
  }

  private static String report(List<Outcome> outcomes, Map<String, String> known) {
    StringBuilder md = new StringBuilder("# Deadline corpus: exact readings\n\n");
    long exact = outcomes.stream().filter(Outcome::exact).count();
    md.append(String.format("Rows: %d; read exactly: %d (%s)%n%n", outcomes.size(), exact,
        percent(exact, outcomes.size())));
    md.append("| form (hand reading) | rows | exact | share |\n|---|---:|---:|---:|\n");
    Map<String, List<Outcome>> byForm = new TreeMap<>(outcomes.stream()
        .collect(Collectors.groupingBy(o -> o.row().reading().get("form"))));
    byForm.forEach((form, list) -> {
      long ok = list.stream().filter(Outcome::exact).count();
      md.append(String.format("| %s | %d | %d | %s |%n", form, list.size(), ok, percent(ok, list.size())));
    });
    Map<String, List<Outcome>> byFile = new TreeMap<>(outcomes.stream()
        .collect(Collectors.groupingBy(o -> o.row().file())));
    md.append("\n| file | rows | exact | share |\n|---|---:|---:|---:|\n");
    byFile.forEach((file, list) -> {
      long ok = list.stream().filter(Outcome::exact).count();
      md.append(String.format("| %s | %d | %d | %s |%n", file, list.size(), ok, percent(ok, list.size())));
    });
    md.append("\n## Misses\n\n");
    outcomes.stream().filter(o -> !o.exact()).forEach(o -> md.append("- ").append(describe(o))
        .append(known.containsKey(o.row().phrase()) ? " — known: " + known.get(o.row().phrase()) : " — NOT KNOWN")
        .append('\n'));
    return md.toString();
  }

  private static String undated(List<Row> undated) {
    if (undated.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("\n## Rows without a documentDate (not read, not counted)\n\n");
    undated.forEach(r -> md.append("- ").append(r.file()).append(':').append(r.line()).append(' ')
        .append(oneLine(r.phrase())).append('\n'));
    return md.toString();
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Path file : corpusFiles()) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i == 0 && line.startsWith("phrase|") || line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|", -1);
        if (cells.length < COLUMNS.length - 1) {
          throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + " has " + cells.length
              + " columns, not " + COLUMNS.length + ": " + line);
        }
        Map<String, String> reading = new LinkedHashMap<>();
        for (int c = 1; c < COLUMNS.length && c < cells.length; c++) {
          reading.put(COLUMNS[c], cells[c]);
        }
        rows.add(new Row(file.getFileName().toString(), i + 1, PhraseTable.unescape(cells[0]), reading));
      }
    }
    return rows;
  }

  /** phrase|why, phrases escaped as in the corpus. */
  static Map<String, String> knownMisses() {
    Map<String, String> known = new LinkedHashMap<>();
    Path file = corpusDirectory().resolve("known-misses.csv");
    if (!Files.exists(file)) {
      return known;
    }
    for (String line : lines(file)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("phrase|")) {
        continue;
      }
      int bar = line.lastIndexOf('|');
      known.put(PhraseTable.unescape(line.substring(0, bar)), line.substring(bar + 1));
    }
    return known;
  }

  private static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.list(corpusDirectory())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
          .filter(f -> !f.getFileName().toString().equals("known-misses.csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path corpusDirectory() {
    try {
      return Paths.get(Objects.requireNonNull(DeadlineCorpusTest.class.getResource("/deadline/corpus/README.md"),
          "deadline/corpus/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
