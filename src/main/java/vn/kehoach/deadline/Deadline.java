package vn.kehoach.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.kehoach.deadline.parser.Cycle;

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
 */
public record Deadline(String phrase, DeadlineKind kind, LocalDate dueDate, Cycle cycle, MonthDay dayInPeriod,
                       boolean before, Integer amount, boolean workingDays, String note) {

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
    return new Deadline(phrase, kind, lastDay, cycle, dayInPeriod, before, amount, workingDays, note);
  }

  /** "30/04/2024", "thường xuyên", ... as a form shows it. */
  public String dueText() {
    if (dueDate != null) {
      return VIETNAMESE_DATE.format(dueDate);
    }
    return switch (kind) {
      case ONGOING -> "thường xuyên (báo cáo định kỳ)";
      case RECURRING -> "định kỳ (" + phrase + ")";
      case RELATIVE -> amount + (workingDays ? " ngày làm việc" : " ngày") + " kể từ ngày ban hành";
      case UNPARSED -> "CHƯA XÁC ĐỊNH — cần ghi rõ thời hạn";
      case DUE -> "";
    };
  }
}
