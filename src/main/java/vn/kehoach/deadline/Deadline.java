package vn.kehoach.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kehoach.deadline.parser.Cycle;
import vn.kehoach.deadline.parser.DateRange;

/**
 * An assignment's deadline: the phrase as the document writes it, and what it means.
 *
 * @param dueDate the last day on which the work is on time (inclusive): for DUE, and for RELATIVE once issued
 * @param cycle for RECURRING: the reporting cycle
 * @param dayInPeriod for RECURRING with a fixed day ("trước ngày 20/11 hằng năm"); for monthly cycles only the day counts
 * @param before for RECURRING with a day: late from that day (true, "trước ngày") or from the day after
 * @param amount for RELATIVE: the number of days
 * @param workingDays for RELATIVE: counted in working days
 * @param note for UNPARSED: why it could not be read
 * @param start for RANGE and PHASED: the first day of the work (ONGOING from a start: that start); else null
 * @param phases for PHASED: each phase, the last ending on the due date as written; else empty
 * @param period for RECURRING: the period the first report covers, when the phrase names it or it follows the cut-off
 *     days of Nghị định 09/2019/NĐ-CP; later reports cover the same period moved by whole cycles
 * @param firstReport for RECURRING whose reporting day is not a day of the period's last month ("ngày 15 tháng đầu
 *     tiên của quý sau", "ngày 23 tháng 7" for a half year): the first report's last day on time; later reports
 *     fall whole cycles after it
 */
public record Deadline(String phrase, DeadlineKind kind, LocalDate dueDate, Cycle cycle, MonthDay dayInPeriod,
                       boolean before, Integer amount, boolean workingDays, String note, LocalDate start,
                       List<DateRange> phases, DateRange period, LocalDate firstReport) {

  public Deadline {
    phases = phases == null ? List.of() : List.copyOf(phases);
  }

  /** A deadline with neither start, phases nor period covered. */
  public Deadline(String phrase, DeadlineKind kind, LocalDate dueDate, Cycle cycle, MonthDay dayInPeriod,
                  boolean before, Integer amount, boolean workingDays, String note) {
    this(phrase, kind, dueDate, cycle, dayInPeriod, before, amount, workingDays, note, null, List.of(), null, null);
  }

  /** Officials count time in Vietnam's local time. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static Deadline due(String phrase, LocalDate lastDay) {
    return new Deadline(phrase, DeadlineKind.DUE, lastDay, null, null, false, null, false, null);
  }

  public static Deadline ongoing(String phrase) {
    return new Deadline(phrase, DeadlineKind.ONGOING, null, null, null, false, null, false, null);
  }

  public static Deadline unparsed(String phrase, String note) {
    return new Deadline(phrase, DeadlineKind.UNPARSED, null, null, null, false, null, false, note);
  }

  /** The instant from which the work is late: the start of the day after the due date, in Vietnam. */
  public Instant lateFrom() {
    return dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(VIETNAM).toInstant();
  }

  /** The same deadline with another last day (an extension, or a relative deadline dated at issue). */
  public Deadline withDueDate(LocalDate lastDay) {
    return new Deadline(phrase, kind, lastDay, cycle, dayInPeriod, before, amount, workingDays, note, start, phases,
        period, firstReport);
  }

  /** From {@code start} through {@code lastDay}. */
  public static Deadline range(String phrase, LocalDate start, LocalDate lastDay) {
    return new Deadline(phrase, DeadlineKind.RANGE, lastDay, null, null, false, null, false, null, start, List.of(),
        null, null);
  }

  /** Phases in order; due at the end of the last. */
  public static Deadline phased(String phrase, List<DateRange> phases) {
    return new Deadline(phrase, DeadlineKind.PHASED, phases.get(phases.size() - 1).lastDay(), null, null, false, null,
        false, null, phases.get(0).start(), phases, null, null);
  }

  /**
   * The phases' ends before the due date in force: the reporting points (milestones) of a phased assignment, each
   * phase's end as written.
   */
  public List<LocalDate> milestones() {
    return phases.stream().map(DateRange::lastDay).filter(day -> dueDate == null || day.isBefore(dueDate)).toList();
  }

  /**
   * The period a report whose last day on time is {@code reportLastDay} covers: the first period covered moved by
   * whole cycles, the one that starts on or before that day and ends nearest to it ("báo cáo năm trước ngày 15/12":
   * 15/12 of the year before to 14/12; "trước ngày 31/01 hằng năm đối với kỳ báo cáo năm trước đó": the year before).
   * Null when the deadline names no period covered.
   */
  public DateRange periodCovered(LocalDate reportLastDay) {
    if (period == null || cycle == null || reportLastDay == null) {
      return null;
    }
    long monthsApart = java.time.temporal.ChronoUnit.MONTHS.between(period.lastDay().withDayOfMonth(1),
        reportLastDay.withDayOfMonth(1));
    long k = Math.floorDiv(monthsApart, cycle.months());
    DateRange best = null;
    for (long shift = k - 2; shift <= k + 2; shift++) {
      DateRange moved = period.plusMonths(shift * cycle.months());
      if (moved.start().isAfter(reportLastDay)) {
        continue;
      }
      long distance = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(moved.lastDay(), reportLastDay));
      if (best == null
          || distance < Math.abs(java.time.temporal.ChronoUnit.DAYS.between(best.lastDay(), reportLastDay))) {
        best = moved;
      }
    }
    return best;
  }

  /** "giai đoạn 1: từ 01/01/2024 đến 31/12/2025; giai đoạn 2: ...", or "" without phases. */
  public String phasesText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < phases.size(); i++) {
      text.append(i == 0 ? "" : "; ").append("giai đoạn ").append(i + 1).append(": ")
          .append(phases.get(i).vietnamese());
    }
    return text.toString();
  }

  /** "30/04/2024", "thường xuyên", ... as a form shows it. */
  public String dueText() {
    if (dueDate != null && kind == DeadlineKind.RANGE && start != null) {
      return VIETNAMESE_DATE.format(dueDate) + " (bắt đầu từ " + VIETNAMESE_DATE.format(start) + ")";
    }
    if (dueDate != null && kind == DeadlineKind.PHASED) {
      return VIETNAMESE_DATE.format(dueDate) + " (" + phasesText() + ")";
    }
    if (dueDate != null) {
      return VIETNAMESE_DATE.format(dueDate);
    }
    return switch (kind) {
      case ONGOING -> start == null ? "thường xuyên (báo cáo định kỳ)"
          : "thường xuyên từ " + VIETNAMESE_DATE.format(start) + " (báo cáo định kỳ)";
      case RECURRING -> "định kỳ (" + phrase + ")";
      case RANGE, PHASED -> "";
      case RELATIVE -> amount + (workingDays ? " ngày làm việc" : " ngày") + " kể từ ngày ban hành";
      case UNPARSED -> "CHƯA XÁC ĐỊNH — cần ghi rõ thời hạn";
      case DUE -> "";
    };
  }
}
