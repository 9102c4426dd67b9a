package vn.kehoach.deadline;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an assignment's deadline into a {@link Deadline}. Until the full phrase parser exists it understands
 * an ISO date ("2024-04-30") and ongoing work ("thường xuyên", "liên tục"); any other phrase needs an explicit
 * due date beside it, so that an unread phrase never silently becomes "no deadline".
 */
public final class DeadlineReader {

  private static final Pattern ONGOING = Pattern.compile("^(thuong xuyen|lien tuc)([ ,;.]|$).*");

  private DeadlineReader() {}

  /**
   * @param phrase the deadline as written
   * @param explicitDueDate the last day on time as yyyy-mm-dd, or null
   * @throws IllegalArgumentException with a Vietnamese and English reason when the deadline cannot be understood
   */
  public static Deadline read(String phrase, String explicitDueDate) {
    String trimmed = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
    if (explicitDueDate != null && !explicitDueDate.isBlank()) {
      LocalDate due = isoDate(explicitDueDate.strip(),
          "dueDate '" + explicitDueDate + "' is not a date yyyy-mm-dd (ngày không hợp lệ)");
      return new Deadline(trimmed.isEmpty() ? explicitDueDate.strip() : trimmed, DeadlineKind.DUE, due);
    }
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(
          "is required: a date yyyy-mm-dd or 'thường xuyên' for ongoing work (thiếu thời hạn)");
    }
    if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new Deadline(trimmed, DeadlineKind.DUE,
          isoDate(trimmed, "'" + trimmed + "' is not a valid date (ngày không hợp lệ)"));
    }
    if (ONGOING.matcher(fold(trimmed)).matches()) {
      return new Deadline(trimmed, DeadlineKind.ONGOING, null);
    }
    throw new IllegalArgumentException("'" + trimmed
        + "' cannot be read yet: give dueDate as yyyy-mm-dd beside the phrase (chưa đọc được thời hạn, hãy ghi rõ ngày)");
  }

  private static LocalDate isoDate(String text, String message) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(message, e);
    }
  }

  /** Lower case without diacritics, so that "Thường xuyên" and "thuong xuyen" read alike. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
  }
}
