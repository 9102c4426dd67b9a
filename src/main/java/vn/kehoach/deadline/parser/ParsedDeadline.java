package vn.kehoach.deadline.parser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kehoach.deadline.Deadline;

/**
 * What a deadline phrase means. All instants are local midnights in Asia/Ho_Chi_Minh ({@link #ZONE}).
 *
 * @param form what kind of time limit
 * @param phrase the input as given
 * @param matched the part of the input read as the deadline (whitespace normalised), null if UNPARSED
 * @param due DUE, RANGE, PHASED: the instant from which the work is late; RECURRING: the first occurrence after the
 *     reference date (the fixed day in the period if given, else the end of the current period); else null
 * @param lastDay DUE, RANGE, PHASED: the last day on time (the local day before {@code due}); else null
 * @param cycle RECURRING only; null when the phrase says "định kỳ" without naming a cycle
 * @param dayInPeriod RECURRING with a fixed day ("trước ngày 20/11 hằng năm" gives --11-20; MONTHLY uses month 1)
 * @param before RECURRING with a fixed day: late from that day 00:00 (true) or from the day after (false)
 * @param amount RELATIVE: the number of days
 * @param workingDays RELATIVE: working days (true) or calendar days (false)
 * @param normalised a short canonical Vietnamese rendering; null if UNPARSED
 * @param reason UNPARSED only: why, in Vietnamese with English
 * @param start RANGE and PHASED: the first day of the work; else null
 * @param phases PHASED: each phase, in order, the last ending on {@code lastDay}; else empty
 * @param period RECURRING: the period the first report covers, when the phrase names it ("báo cáo 6 tháng đầu năm")
 *     or it is a report calendar of Nghị định 09/2019/NĐ-CP (its cut-off days); else null
 * @param firstReport RECURRING with a fixed day: the first reporting day's last day on time (the day before
 *     {@code due}); else null
 */
public record ParsedDeadline(
    DeadlineForm form,
    String phrase,
    String matched,
    Instant due,
    LocalDate lastDay,
    Cycle cycle,
    MonthDay dayInPeriod,
    boolean before,
    Integer amount,
    boolean workingDays,
    String normalised,
    String reason,
    LocalDate start,
    List<DateRange> phases,
    DateRange period,
    LocalDate firstReport) {

  public ParsedDeadline {
    phases = phases == null ? List.of() : List.copyOf(phases);
  }

  /** Officials count time in Vietnam's local time. */
  public static final ZoneId ZONE = Deadline.VIETNAM;

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Late from the start of the day after {@code lastDay}. */
  public static ParsedDeadline due(String phrase, String matched, LocalDate lastDay) {
    return new ParsedDeadline(DeadlineForm.DUE, phrase, matched, startOf(lastDay.plusDays(1)), lastDay, null, null,
        false, null, false, "hạn cuối " + VIETNAMESE_DATE.format(lastDay), null, null, List.of(), null, null);
  }

  public static ParsedDeadline recurring(String phrase, String matched, Cycle cycle, MonthDay dayInPeriod,
      boolean before, LocalDate lateFromDay, String normalised) {
    Instant due = lateFromDay == null ? null : startOf(lateFromDay);
    return new ParsedDeadline(DeadlineForm.RECURRING, phrase, matched, due, null, cycle, dayInPeriod, before, null,
        false, normalised, null, null, List.of(), null, null);
  }

  public static ParsedDeadline ongoing(String phrase, String matched, String normalised) {
    return new ParsedDeadline(DeadlineForm.ONGOING, phrase, matched, null, null, null, null, false, null, false,
        normalised, null, null, List.of(), null, null);
  }

  public static ParsedDeadline relative(String phrase, String matched, int amount, boolean workingDays,
      String normalised) {
    return new ParsedDeadline(DeadlineForm.RELATIVE, phrase, matched, null, null, null, null, false, amount,
        workingDays, normalised, null, null, List.of(), null, null);
  }

  public static ParsedDeadline unparsed(String phrase, String reason) {
    return new ParsedDeadline(DeadlineForm.UNPARSED, phrase, null, null, null, null, null, false, null, false, null,
        reason, null, List.of(), null, null);
  }

  /** From {@code start} through {@code lastDay}: due as {@code lastDay} is, the start kept. */
  public static ParsedDeadline range(String phrase, String matched, DateRange range) {
    return new ParsedDeadline(DeadlineForm.RANGE, phrase, matched, startOf(range.lastDay().plusDays(1)),
        range.lastDay(), null, null, false, null, false, range.vietnamese(), null, range.start(), List.of(), null, null);
  }

  /** From {@code start} on, with no last day: "Từ năm 2026, từng bước ...". */
  public static ParsedDeadline openRange(String phrase, String matched, LocalDate start) {
    return new ParsedDeadline(DeadlineForm.RANGE, phrase, matched, null, null, null, null, false, null, false,
        "từ " + VIETNAMESE_DATE.format(start) + " (không nêu hạn cuối)", null, start, List.of(), null, null);
  }

  /** Phases in order: due at the end of the last, started on the first's first day. */
  public static ParsedDeadline phased(String phrase, String matched, List<DateRange> phases) {
    if (phases.size() < 2) {
      throw new IllegalArgumentException("a phased deadline has at least two phases: " + phases);
    }
    StringBuilder normalised = new StringBuilder();
    for (int i = 0; i < phases.size(); i++) {
      normalised.append(i == 0 ? "" : "; ").append("giai đoạn ").append(i + 1).append(": ")
          .append(phases.get(i).vietnamese());
    }
    LocalDate lastDay = phases.get(phases.size() - 1).lastDay();
    return new ParsedDeadline(DeadlineForm.PHASED, phrase, matched, startOf(lastDay.plusDays(1)), lastDay, null, null,
        false, null, false, normalised.toString(), null, phases.get(0).start(), phases, null, null);
  }

  /** The same recurring reading, saying which period its first report covers. */
  public ParsedDeadline withPeriod(DateRange covered, String normalisedSuffix) {
    return new ParsedDeadline(form, phrase, matched, due, lastDay, cycle, dayInPeriod, before, amount, workingDays,
        normalisedSuffix == null ? normalised : normalised + normalisedSuffix, reason, start, phases, covered,
        firstReport);
  }

  /** RECURRING with a fixed day: the first reporting day's last day on time, beside {@code due}. */
  ParsedDeadline withFirstReport(LocalDate firstLastDay) {
    return new ParsedDeadline(form, phrase, matched, due, lastDay, cycle, dayInPeriod, before, amount,
        workingDays, normalised, reason, start, phases, period, firstLastDay);
  }

  /**
   * The same reading found elsewhere in the text (a phrase read as a part of a longer one), or the whole of a phrase
   * the document labels as the deadline ("Thời gian thực hiện: Thực hiện thường xuyên").
   */
  public ParsedDeadline withMatched(String otherMatched) {
    return new ParsedDeadline(form, phrase, otherMatched, due, lastDay, cycle, dayInPeriod, before, amount,
        workingDays, normalised, reason, start, phases, period, firstReport);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
