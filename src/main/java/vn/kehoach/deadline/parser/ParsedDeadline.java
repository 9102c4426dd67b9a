package vn.kehoach.deadline.parser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.kehoach.deadline.Deadline;

/**
 * What a deadline phrase means. All instants are local midnights in Asia/Ho_Chi_Minh ({@link #ZONE}).
 *
 * @param form what kind of time limit
 * @param phrase the input as given
 * @param matched the part of the input read as the deadline (whitespace normalised), null if UNPARSED
 * @param due DUE: the instant from which the work is late; RECURRING: the first occurrence after the reference date
 *     (the fixed day in the period if given, else the end of the current period); else null
 * @param lastDay DUE: the last day on time (the local day before {@code due}); else null
 * @param cycle RECURRING only; null when the phrase says "định kỳ" without naming a cycle
 * @param dayInPeriod RECURRING with a fixed day ("trước ngày 20/11 hằng năm" gives --11-20; MONTHLY uses month 1)
 * @param before RECURRING with a fixed day: late from that day 00:00 (true) or from the day after (false)
 * @param amount RELATIVE: the number of days
 * @param workingDays RELATIVE: working days (true) or calendar days (false)
 * @param normalised a short canonical Vietnamese rendering; null if UNPARSED
 * @param reason UNPARSED only: why, in Vietnamese with English
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
    String reason) {

  /** Officials count time in Vietnam's local time. */
  public static final ZoneId ZONE = Deadline.VIETNAM;

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Late from the start of the day after {@code lastDay}. */
  public static ParsedDeadline due(String phrase, String matched, LocalDate lastDay) {
    return new ParsedDeadline(DeadlineForm.DUE, phrase, matched, startOf(lastDay.plusDays(1)), lastDay, null, null,
        false, null, false, "hạn cuối " + VIETNAMESE_DATE.format(lastDay), null);
  }

  public static ParsedDeadline recurring(String phrase, String matched, Cycle cycle, MonthDay dayInPeriod,
      boolean before, LocalDate lateFromDay, String normalised) {
    Instant due = lateFromDay == null ? null : startOf(lateFromDay);
    return new ParsedDeadline(DeadlineForm.RECURRING, phrase, matched, due, null, cycle, dayInPeriod, before, null,
        false, normalised, null);
  }

  public static ParsedDeadline ongoing(String phrase, String matched, String normalised) {
    return new ParsedDeadline(DeadlineForm.ONGOING, phrase, matched, null, null, null, null, false, null, false,
        normalised, null);
  }

  public static ParsedDeadline relative(String phrase, String matched, int amount, boolean workingDays,
      String normalised) {
    return new ParsedDeadline(DeadlineForm.RELATIVE, phrase, matched, null, null, null, null, false, amount,
        workingDays, normalised, null);
  }

  public static ParsedDeadline unparsed(String phrase, String reason) {
    return new ParsedDeadline(DeadlineForm.UNPARSED, phrase, null, null, null, null, null, false, null, false, null,
        reason);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
