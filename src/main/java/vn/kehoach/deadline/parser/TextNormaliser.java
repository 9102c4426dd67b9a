package vn.kehoach.deadline.parser;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a phrase once for matching. Text comes in NFC or NFD, with "uỷ/ủy"-style accent placement, without
 * diacritics, in any case, and with hard line breaks and page numbers from PDF extraction in the middle of phrases;
 * all of these fold to the same text.
 */
final class TextNormaliser {

  /** A line holding nothing but a page number ("3", "- 3 -"), left in by PDF extraction. */
  private static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile("(?m)^[\\h]*[-–]?[\\h]*\\d{1,3}[\\h]*[-–]?[\\h]*$");

  private TextNormaliser() {}

  static NormalisedText normalise(String raw) {
    boolean[] pageNumber = pageNumberCharacters(raw);
    StringBuilder folded = new StringBuilder(raw.length());
    int[] starts = new int[raw.length()];
    int[] ends = new int[raw.length()];
    boolean hasDiacritics = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int last = folded.length() - 1;
      if (pageNumber[i] || isSpace(c)) {
        boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028';
        if (last < 0) {
          continue; // leading whitespace
        }
        if (Character.isWhitespace(folded.charAt(last))) {
          ends[last] = i + 1;
          if (lineBreak) {
            folded.setCharAt(last, '\n');
          }
        } else {
          starts[last + 1] = i;
          ends[last + 1] = i + 1;
          folded.append(lineBreak ? '\n' : ' ');
        }
      } else if (isMark(c)) {
        // A combining mark of NFD input (or a zero-width character) belongs to the letter before it.
        hasDiacritics |= Character.getType(c) != Character.FORMAT;
        if (last >= 0) {
          ends[last] = i + 1;
        }
      } else {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(decomposed.charAt(0));
        if (base == 'đ') {
          base = 'd';
          hasDiacritics = true;
        }
        hasDiacritics |= decomposed.length() > 1;
        starts[last + 1] = i;
        ends[last + 1] = i + 1;
        folded.append(dash(base));
      }
    }
    int length = folded.length();
    while (length > 0 && Character.isWhitespace(folded.charAt(length - 1))) {
      length--;
    }
    return new NormalisedText(raw, folded.substring(0, length), starts, ends, hasDiacritics);
  }

  private static boolean[] pageNumberCharacters(String raw) {
    boolean[] pageNumber = new boolean[raw.length()];
    Matcher line = PAGE_NUMBER_LINE.matcher(raw);
    while (line.find()) {
      if (endsADate(raw, line.start()) && raw.substring(line.end()).isBlank()) {
        continue; // "trước ngày 31 tháng \n12" at the end of an excerpt: the month, not a page number
      }
      for (int i = line.start(); i < line.end(); i++) {
        pageNumber[i] = true;
      }
    }
    return pageNumber;
  }

  /** Whether the text before {@code at} ends with a word that a number completes: "tháng", "ngày", "năm", "quý". */
  private static boolean endsADate(String raw, int at) {
    String before = Normalizer.normalize(raw.substring(0, at), Normalizer.Form.NFC).stripTrailing()
        .toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("tháng") || before.endsWith("ngày") || before.endsWith("năm") || before.endsWith("quý");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
  }

  /** En and em dashes separate dates and document numbers just as '-' does. */
  private static char dash(char c) {
    return c == '–' || c == '—' || c == '−' ? '-' : c;
  }
}
