package vn.kehoach.deadline.parser;

import java.util.regex.Pattern;

/** Patterns over folded text, written readably: a space in the source means "any run of whitespace". */
final class FoldedPattern {

  /** A full date in digits, "15/5/2024", "15-5-2024", "15.5.2024"; groups d, m, y. */
  static final String NUMERIC_DATE = "(?<![\\d/.-])(?<d>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<m>\\d{1,2})"
      + "\\s?\\k<sep>\\s?(?<y>\\d{4})(?!\\d)";

  /** A full date in words, "ngày 15 tháng 5 năm 2024" (the "ngày" is left to the caller). */
  static final String VERBAL_DATE = "\\d{1,2} thang \\d{1,2}\\s*,?\\s*nam \\d{4}(?!\\d)";

  private FoldedPattern() {}

  static Pattern compile(String readable) {
    return Pattern.compile(readable.replace(" ", "\\s+"));
  }
}
