package vn.kehoach.importing;

import java.util.List;

/** A section of the content ("III. TỔ CHỨC THỰC HIỆN"); the numbering may jump (II then IV). */
public record Section(String numeral, String heading, int line, List<Paragraph> paragraphs) {

  public Section {
    paragraphs = List.copyOf(paragraphs);
  }
}
