package vn.kehoach.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An assignment's deadline: the phrase as the document writes it, and what it means.
 *
 * @param dueDate the last day on which the work is on time (inclusive); null for ongoing work
 */
public record Deadline(String phrase, DeadlineKind kind, LocalDate dueDate) {

  /** Officials count time in Vietnam's local time. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The instant from which the work is late: the start of the day after the due date, in Vietnam. */
  public Instant lateFrom() {
    return dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(VIETNAM).toInstant();
  }

  /** "30/04/2024", or "thường xuyên" for ongoing work. */
  public String dueText() {
    return dueDate == null ? "thường xuyên (không có hạn cụ thể)" : VIETNAMESE_DATE.format(dueDate);
  }
}
