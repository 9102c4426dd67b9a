package vn.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results: one row per figure, printed as a Markdown table and written as CSV and Markdown. */
final class Report {

  /** One figure: its median over the measured rounds with the smallest and largest round (warm-up excluded). */
  record Row(String scenario, String measure, String unit, double median, double min, double max, int rounds,
             String note) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String scenario, String measure, String unit, Rounds rounds, String note) {
    rows.add(new Row(scenario, measure, unit, rounds.median(), rounds.min(), rounds.max(), rounds.size(), note));
    System.out.printf(Locale.ROOT, "  -> %s / %s: %s %s (min %s, max %s, %d rounds)%n", scenario, measure,
        format(rounds.median()), unit, format(rounds.min()), format(rounds.max()), rounds.size());
  }

  /** A single reading (a size, a memory figure): no spread. */
  void single(String scenario, String measure, String unit, double value, String note) {
    rows.add(new Row(scenario, measure, unit, value, value, value, 1, note));
    System.out.printf(Locale.ROOT, "  -> %s / %s: %s %s%n", scenario, measure, format(value), unit);
  }

  void note(String note) {
    notes.add(note);
    System.out.println("  note: " + note);
  }

  String markdown(String machine) {
    StringBuilder out = new StringBuilder();
    out.append(machine).append("\n\n");
    out.append("| scenario | measure | median | min | max | unit | rounds | note |\n");
    out.append("|---|---|---:|---:|---:|---|---:|---|\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %s |%n", row.scenario(), row.measure(),
          format(row.median()), row.rounds() > 1 ? format(row.min()) : "", row.rounds() > 1 ? format(row.max()) : "",
          row.unit(), row.rounds(), row.note() == null ? "" : row.note()));
    }
    if (!notes.isEmpty()) {
      out.append("\n");
      notes.forEach(note -> out.append("- ").append(note).append("\n"));
    }
    return out.toString();
  }

  void write(Path directory, String machine) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("results.md"), markdown(machine), StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("scenario,measure,unit,median,min,max,rounds,note\n");
    for (Row row : rows) {
      csv.append(String.join(",", quote(row.scenario()), quote(row.measure()), quote(row.unit()),
          plain(row.median()), plain(row.min()), plain(row.max()), Integer.toString(row.rounds()),
          quote(row.note() == null ? "" : row.note()))).append("\n");
    }
    Files.writeString(directory.resolve("results.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  static String format(double value) {
    if (value >= 100 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static String plain(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
