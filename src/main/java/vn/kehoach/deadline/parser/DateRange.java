package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Days from {@code start} through {@code lastDay}, both included: a range of work ("từ ngày 01/4/2024 đến ngày
 * 30/4/2024"), one phase of a phased plan, or the period a periodic report covers.
 */
public record DateRange(LocalDate start, LocalDate lastDay) {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(start)) {
      throw new IllegalArgumentException("a range ends on or after its start: " + start + ".." + lastDay);
    }
  }

  /** "2024-01-01..2024-06-30", as the corpus and the database write it. */
  @Override
  public String toString() {
    return start + ".." + lastDay;
  }

  /** Reads {@link #toString()} back. */
  public static DateRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("not a range start..lastDay: " + text);
    }
    return new DateRange(LocalDate.parse(text.substring(0, dots).strip()),
        LocalDate.parse(text.substring(dots + 2).strip()));
  }

  /** "từ 01/04/2024 đến 30/04/2024". */
  public String vietnamese() {
    return "từ " + VIETNAMESE_DATE.format(start) + " đến " + VIETNAMESE_DATE.format(lastDay);
  }

  /** The same range moved by whole months, the last day kept at a month's end when it was one. */
  public DateRange plusMonths(long months) {
    boolean endOfMonth = lastDay.getDayOfMonth() == lastDay.lengthOfMonth();
    LocalDate last = lastDay.plusMonths(months);
    if (endOfMonth) {
      last = last.withDayOfMonth(last.lengthOfMonth());
    }
    return new DateRange(start.plusMonths(months), last);
  }
}
