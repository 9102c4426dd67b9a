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
      String[] cells = raw[i].indexOf('|') >= 0 ? CELL_SEPARATOR.split(raw[i], -1) : new String[] {raw[i]};
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

  private static final List<String> GLUED_MODES = List.of("KT.", "TM.", "T/M", "TL.", "TUQ.");

  static String cleanLine(String line) {
    String cleaned = UserText.fromDocument(line);
    cleaned = SUPERSCRIPT.matcher(cleaned).replaceAll(" $1");
    cleaned = cleaned.replace("*", "");
    cleaned = ODD_SPACE.matcher(cleaned).replaceAll(" ");
    return cleaned.strip();
  }
}
