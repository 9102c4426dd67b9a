package vn.kehoach.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.deadline.parser.ParsedDeadline;

/**
 * Turns an assignment's deadline as written into a {@link Deadline}. An explicit due date given beside the phrase
 * wins (the drafter's correction); otherwise the phrase is parsed. A phrase that cannot be read is kept as
 * UNPARSED with the reason, never silently turned into "no deadline".
 */
public final class DeadlineReader {

  private static final DeadlineParser PARSER = new DeadlineParser();

  private DeadlineReader() {}

  /**
   * @param phrase the deadline as written
   * @param explicitDueDate the last day on time as yyyy-mm-dd, or null
   * @param referenceDate the document's date: a phrase without a year means its next occurrence after it
   * @throws IllegalArgumentException when there is neither a phrase nor a date, or the date is not a date
   */
  public static Deadline read(String phrase, String explicitDueDate, LocalDate referenceDate) {
    String trimmed = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
    if ((explicitDueDate == null || explicitDueDate.isBlank()) && trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
      explicitDueDate = trimmed; // an ISO date is the last day itself
    }
    if (explicitDueDate != null && !explicitDueDate.isBlank()) {
      LocalDate due;
      try {
        due = LocalDate.parse(explicitDueDate.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("dueDate '" + explicitDueDate + "' is not a date yyyy-mm-dd (ngày không hợp lệ)", e);
      }
      return Deadline.due(trimmed.isEmpty() ? explicitDueDate.strip() : trimmed, due);
    }
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(
          "is required: the deadline as written, e.g. 'trong tháng 4/2024' or 'thường xuyên' (thiếu thời hạn)");
    }
    return fromParsed(trimmed, PARSER.parse(trimmed, referenceDate));
  }

  static Deadline fromParsed(String phrase, ParsedDeadline parsed) {
    return switch (parsed.form()) {
      case DUE -> Deadline.due(phrase, parsed.lastDay());
      // "Từ năm 2026, từng bước ...": a start with no last day is ongoing work from that start
      case RANGE -> parsed.lastDay() == null
          ? new Deadline(phrase, DeadlineKind.ONGOING, null, null, null, false, null, false, null, parsed.start(),
              List.of(), null, null)
          : Deadline.range(phrase, parsed.start(), parsed.lastDay());
      case PHASED -> Deadline.phased(phrase, parsed.phases());
      case ONGOING -> Deadline.ongoing(phrase);
      case RECURRING -> new Deadline(phrase, DeadlineKind.RECURRING, null, parsed.cycle(), parsed.dayInPeriod(),
          parsed.before(), null, false, null, null, List.of(), parsed.period(),
          parsed.dayInPeriod() == null ? parsed.firstReport() : null);
      case RELATIVE -> new Deadline(phrase, DeadlineKind.RELATIVE, null, null, null, false, parsed.amount(),
          parsed.workingDays(), null);
      case UNPARSED -> Deadline.unparsed(phrase, parsed.reason());
    };
  }
}
