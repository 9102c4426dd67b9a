package vn.kehoach.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/**
 * The period of a status report: plans <b>issued</b> from {@code from} to {@code to}, both days included, as
 * {@code GET /api/reports/plans} counts its period; either end open. People write days as dd/MM/yyyy, programs as
 * yyyy-MM-dd: both are read.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  public static final ReportPeriod ALL = new ReportPeriod(null, null);
  static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The period asked for; 400 naming the field of a day that cannot be read or of a period ending before it starts. */
  public static ReportPeriod parse(String from, String to) {
    List<FieldProblem> problems = new ArrayList<>();
    ReportPeriod period = parse(from, to, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return period;
  }

  /** As {@link #parse(String, String)}, adding what is wrong to {@code problems} (then the result is meaningless). */
  public static ReportPeriod parse(String from, String to, List<FieldProblem> problems) {
    LocalDate first = day("from", from, problems);
    LocalDate last = day("to", to, problems);
    if (first != null && last != null && first.isAfter(last)) {
      problems.add(new FieldProblem("from", "ngày 'from' (" + SHOWN.format(first) + ") sau ngày 'to' ("
          + SHOWN.format(last) + "): kỳ báo cáo không hợp lệ (the period ends before it starts)"));
    }
    return new ReportPeriod(first, last);
  }

  private static LocalDate day(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String day = text.strip();
    try {
      return day.contains("/") ? LocalDate.parse(day, VIETNAMESE) : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      String shown = day.length() > 40 ? day.substring(0, 40) + "…" : day;
      problems.add(new FieldProblem(field, "không đọc được ngày '" + shown + "': ghi dd/MM/yyyy (ví dụ 31/12/2024) "
          + "hoặc yyyy-MM-dd (not a date)"));
      return null;
    }
  }

  /** "ban hành từ 01/06/2024 đến 30/06/2024", "ban hành đến 30/06/2024", "mọi kế hoạch đã ban hành". */
  public String describe() {
    if (from == null && to == null) {
      return "mọi kế hoạch đã ban hành (all issued plans)";
    }
    return "kế hoạch ban hành" + (from == null ? "" : " từ " + SHOWN.format(from))
        + (to == null ? "" : " đến " + SHOWN.format(to)) + " (plans issued in the period)";
  }
}
