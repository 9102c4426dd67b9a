package vn.kehoach.deadline.parser;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase folded for matching (lower case, no diacritics, đ→d, each whitespace run one ' ', or '\n' if it broke a
 * line), remembering for every folded character where it came from, so that what was read can be reported in the
 * writer's own spelling.
 */
final class NormalisedText {

  private final String raw;
  private final String folded;
  private final int[] rawStart;
  private final int[] rawEnd;
  private final boolean hasDiacritics;

  NormalisedText(String raw, String folded, int[] rawStart, int[] rawEnd, boolean hasDiacritics) {
    this.raw = raw;
    this.folded = folded;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.hasDiacritics = hasDiacritics;
  }

  /** The phrase as given. */
  String raw() {
    return raw;
  }

  /** Whether the writer typed any diacritics at all; without them, "quy" and "quý" cannot be told apart. */
  boolean hasDiacritics() {
    return hasDiacritics;
  }

  /** What the patterns read: "trong thang\n4/2024". */
  String folded() {
    return folded;
  }

  /**
   * The original text behind folded[start, end): whitespace runs (and dropped page numbers) as one space, in NFC.
   */
  String original(int start, int end) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(folded.charAt(i))) {
        text.append(' ');
      } else {
        text.append(raw, rawStart[i], rawEnd[i]);
      }
    }
    return Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
  }

  /**
   * Whether the word at folded[start, end) was written as one of {@code spellings} (lower case, NFC). Folding
   * makes "hằng" (every) and "hạng" (rank), "quý" (quarter) and "quy" (rule) alike; a text typed without any
   * diacritics cannot tell them apart, so there every spelling is accepted.
   */
  boolean spelledAs(int start, int end, Set<String> spellings) {
    return !hasDiacritics || spellings.contains(original(start, end).toLowerCase(Locale.ROOT));
  }

  /** Whether folded[start, end) was written in capitals, as Roman numerals are ("quý II", not "quy ii"). */
  boolean writtenUpperCase(int start, int end) {
    String original = original(start, end);
    return original.equals(original.toUpperCase(Locale.ROOT));
  }
}
