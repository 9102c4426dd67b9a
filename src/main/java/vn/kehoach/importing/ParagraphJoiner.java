package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines back into paragraphs. Two kinds of input need different rules: text extracted from a PDF is
 * hard-wrapped at the page width (every line about as long, a paragraph's lines separated by empty lines just like
 * paragraphs are), while text from Word has one line per paragraph.
 */
final class ParagraphJoiner {

  /** A page number glued to the start of a wrapped line ("3 chữa cháy (giao thông, ..."). */
  private static final Pattern GLUED_PAGE_NUMBER = Pattern.compile("^\\d{1,3}\\s+(?=\\p{Ll})");
  /** A wrapped line that starts with the dash of "kinh tế - xã hội". */
  private static final Pattern DASH_CONTINUATION = Pattern.compile("^[-–]\\s+\\p{Ll}.*");
  /** An item's number alone on its line ("2.", "1.4."), its text on the next. */
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]$");
  private static final int MIN_WRAPPED_LINES = 8;
  private static final int MAX_WRAP_WIDTH = 120;
  private static final double FULL_LINE = 0.6;

  private ParagraphJoiner() {}

  static List<Paragraph> join(List<SourceLine> lines) {
    int wrapWidth = wrapWidth(lines);
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = null;
    int first = 0;
    SourceLine previous = null;
    for (SourceLine line : lines) {
      String content = line.text();
      if (previous != null && continues(previous, line, wrapWidth)) {
        if (wrapWidth > 0) {
          content = GLUED_PAGE_NUMBER.matcher(content).replaceFirst("");
        }
        text.append(' ').append(content);
      } else {
        if (text != null) {
          paragraphs.add(new Paragraph(text.toString(), first, previous.number()));
        }
        text = new StringBuilder(content);
        first = line.number();
      }
      previous = line;
    }
    if (text != null) {
      paragraphs.add(new Paragraph(text.toString(), first, previous.number()));
    }
    return paragraphs;
  }

  private static boolean continues(SourceLine previous, SourceLine line, int wrapWidth) {
    String text = line.text();
    String before = previous.text();
    boolean wrapped = wrapWidth > 0;
    boolean previousFull = wrapped && before.length() >= FULL_LINE * wrapWidth;
    if (line.breakBefore() || LinePatterns.standsAlone(before)) {
      return false;
    }
    if (BARE_NUMBER.matcher(before).matches()) {
      return !LinePatterns.startsParagraph(text);
    }
    if (LinePatterns.startsParagraph(text)) {
      return previousFull && DASH_CONTINUATION.matcher(text).matches();
    }
    if (VietnameseText.startsWithLowerCase(text)) {
      // a clause after ";" or ":" goes on in lower case; after a full stop it would be odd, so it is a new paragraph
      return !before.matches(".*[.!?][\"”’)]*$") || before.endsWith("...") || before.endsWith("…");
    }
    if (LinePatterns.endsSentence(before)) {
      return false;
    }
    return wrapped ? previousFull : !line.blankBefore();
  }

  /**
   * The page width of a hard-wrapped text (the 90th percentile of line lengths), or 0 when the text is not wrapped:
   * Word paragraphs run to hundreds of characters.
   */
  static int wrapWidth(List<SourceLine> lines) {
    List<Integer> lengths = lines.stream().map(l -> l.text().length()).filter(n -> n >= 20).sorted().toList();
    if (lengths.size() < MIN_WRAPPED_LINES) {
      return 0;
    }
    int width = lengths.get(Math.max(0, (int) Math.ceil(lengths.size() * 0.9) - 1));
    return width <= MAX_WRAP_WIDTH ? width : 0;
  }
}
