package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.system.UserText;

/**
 * Removes what PDF and Word conversion leave in the text: Markdown bold and italic stars, superscript markup, odd
 * spaces, lines holding only a page number, and separator lines; and, as {@link UserText#fromDocument} does for
 * every document, invisible, control and bidi characters (removed, not refused: nobody typed them). NFD text becomes
 * NFC.
 */
final class TextCleaner {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u000B\u000C]");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\|");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\p{Zs}]+");
  private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{([^}]*)}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[-–]\\s*)?(?:trang\\s+)?\\d{1,3}(?:\\s*[-–])?",
      Pattern.CASE_INSENSITIVE);
  /** "-----", "___", "***" (after the stars are gone the line is empty), "=====". */
  private static final Pattern SEPARATOR = Pattern.compile("[-–—_=.~]{3,}");

  private TextCleaner() {}

  static List<SourceLine> clean(String text) {
    // split first: vertical tab and form feed, control characters, break lines in Word's text
    String[] raw = LINE_BREAK.split(text, -1);
    List<SourceLine> lines = new ArrayList<>();
    boolean blank = false;
    boolean separator = false;
    for (int i = 0; i < raw.length; i++) {
      // a web page's table flattened with "|" between cells (the header's two columns): each cell a line of its own
      String[] cells = columns(raw[i]);
      if (cells.length > 1) {
        blank = true;
        separator = true;
      }
      for (int c = 0; c < cells.length; c++) {
        if (c > 0) {
          blank = true;
          separator = true;
        }
        State state = line(i + 1, cells[c], blank, separator, lines);
        blank = state.blank();
        separator = state.separator();
      }
      if (cells.length > 1) {
        blank = true;
        separator = true;
      }
    }
    return lines;
  }

  private record State(boolean blank, boolean separator) {}

  private static final int COLUMN_GAP = 6;

  /**
   * A line's cells: split at "|" (a web page's table) or at a gap of six spaces or more inside the line (two columns
   * laid out with spaces: "ỦY BAN NHÂN DÂN          CỘNG HOÀ XÃ HỘI ...", "Số: 5973 /UBND-KT      Lào Cai, ngày ...").
   */
  private static String[] columns(String line) {
    if (line.indexOf('|') >= 0) {
      return CELL_SEPARATOR.split(line, -1);
    }
    String text = line.strip();
    List<String> cells = new ArrayList<>();
    int start = 0;
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') {
        spaces++;
      } else {
        // a blank left for the number or the day is no column: "Số:      /BC-SNgV", "ngày       tháng 4"
        char next = text.charAt(i);
        String left = text.substring(start, i - spaces).strip();
        boolean blank = next == '/' || next == '.' || next == '…' || Character.isLowerCase(next)
            || left.endsWith(":") || VietnameseText.fold(left).endsWith("ngay");
        if (spaces >= COLUMN_GAP && !blank) {
          cells.add(text.substring(start, i - spaces));
          start = i;
        }
        spaces = 0;
      }
    }
    if (cells.isEmpty()) {
      return new String[] {line};
    }
    cells.add(text.substring(start));
    return cells.toArray(String[]::new);
  }

  private static State line(int number, String original, boolean blank, boolean separator, List<SourceLine> lines) {
    String line = cleanLine(original);
    if (line.isEmpty()) {
      blank = true;
      // a line of stars only ("*" under the motto) is a separator too
      separator |= original.contains("*");
    } else if (SEPARATOR.matcher(line).matches()) {
      blank = true;
      separator = true;
    } else if (PAGE_NUMBER.matcher(line).matches()) {
      blank = true;
    } else {
      line = withoutTrailingRule(line);
      int glued = gluedSignature(line);
      if (glued > 0) {
        lines.add(new SourceLine(number, line.substring(0, glued).strip(), blank, separator));
        line = line.substring(glued);
        blank = true;
        separator = true;
      }
      lines.add(new SourceLine(number, line, blank, separator));
      blank = false;
      separator = false;
    }
    return new State(blank, separator);
  }

  /**
   * Where a signature block's mode starts when a web page glued it to the line before ("- Lưu: VT, TH (3). (SH)
   * 20KT. BỘ TRƯỞNG, CHỦ NHIỆM"): the mode and the rest in capitals; -1 when none. No regular expression: the line
   * is untrusted and may be long.
   */
  static int gluedSignature(String line) {
    for (String mode : GLUED_MODES) {
      int at = line.lastIndexOf(mode);
      if (at > 0 && at + mode.length() < line.length() && line.charAt(at + mode.length()) == ' '
          && !Character.isLetter(line.charAt(at - 1))) {
        String rest = line.substring(at + mode.length()).strip();
        if (!rest.isEmpty() && VietnameseText.isUpperCase(rest) && Character.isLetter(rest.charAt(0))) {
          return at;
        }
      }
    }
    return -1;
  }

  /** "VĂN PHÒNG CHÍNH PHỦ -------": the rule under a header's line, left on the same line. */
  static String withoutTrailingRule(String line) {
    int end = line.length();
    while (end > 0 && "-–—_=".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    if (line.length() - end >= 3 && end > 0 && line.charAt(end - 1) == ' ') {
      return line.substring(0, end).strip();
    }
    return line;
  }

  private static final List<String> GLUED_MODES = List.of("KT.", "TM.", "T/M", "TL.", "TUQ.");

  static String cleanLine(String line) {
    String cleaned = UserText.fromDocument(line);
    cleaned = SUPERSCRIPT.matcher(cleaned).replaceAll(" $1");
    cleaned = cleaned.replace("*", "");
    cleaned = ODD_SPACE.matcher(cleaned).replaceAll(" ");
    return cleaned.strip();
  }
}
