package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Splits the content at its Roman-numbered headings ("I. MỤC ĐÍCH, YÊU CẦU", "IV- TỔ CHỨC THỰC HIỆN"). */
final class SectionReader {

  /** The sections, and the paragraphs before the first (the opening sentence; a letter's whole content). */
  record Reading(List<Paragraph> leading, List<Section> sections) {}

  private SectionReader() {}

  static Reading read(List<Paragraph> content) {
    List<Paragraph> leading = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    String numeral = null;
    String heading = null;
    int line = 0;
    List<Paragraph> current = leading;
    for (Paragraph paragraph : content) {
      if (LinePatterns.isRomanHeading(paragraph.text())) {
        if (numeral != null) {
          sections.add(new Section(numeral, heading, line, current));
        }
        Matcher match = LinePatterns.ROMAN_HEADING.matcher(paragraph.text());
        match.matches();
        numeral = match.group(1);
        heading = match.group(2).strip();
        line = paragraph.firstLine();
        current = new ArrayList<>();
      } else {
        current.add(paragraph);
      }
    }
    if (numeral != null) {
      sections.add(new Section(numeral, heading, line, current));
    }
    return new Reading(leading, sections);
  }
}
