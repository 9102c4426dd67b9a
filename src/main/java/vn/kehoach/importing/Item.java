package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** A numbered item ("1. ...") with the paragraphs under it (its "- ..." and "+ ..." points). */
record Item(String number, List<Paragraph> paragraphs) {

  Item {
    paragraphs = List.copyOf(paragraphs);
  }

  int line() {
    return paragraphs.get(0).firstLine();
  }

  /** "Điều 2. Giao Sở ..." (group 1: the number, group 2: the rest). */
  static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
      "^Điều\\s+(\\d{1,3})\\s*[.:\\-–]?\\s+(\\S.*)$", java.util.regex.Pattern.UNICODE_CASE);

  /** The first paragraph without its number. */
  String head() {
    String text = paragraphs.get(0).text();
    Matcher article = ARTICLE.matcher(text);
    if (article.matches()) {
      return article.group(2);
    }
    Matcher numbered = LinePatterns.NUMBERED.matcher(text);
    if (numbered.matches()) {
      return numbered.group(2);
    }
    Matcher bullet = LinePatterns.BULLET.matcher(text);
    return bullet.matches() ? bullet.group(1) : text;
  }

  /** The paragraphs after the first. */
  List<Paragraph> points() {
    return paragraphs.subList(1, paragraphs.size());
  }

  /** The whole item as one text, one paragraph a line. */
  String text() {
    StringBuilder text = new StringBuilder(head());
    points().forEach(p -> text.append('\n').append(p.text()));
    return text.toString();
  }

  /** The articles of a decision ("Điều 1. ..."), each with the paragraphs up to the next. */
  static List<Item> articles(List<Paragraph> paragraphs) {
    List<Item> items = new ArrayList<>();
    List<Paragraph> current = null;
    String number = null;
    for (Paragraph paragraph : paragraphs) {
      Matcher start = ARTICLE.matcher(paragraph.text());
      if (start.matches()) {
        if (current != null) {
          items.add(new Item(number, current));
        }
        number = start.group(1);
        current = new ArrayList<>();
        current.add(paragraph);
      } else if (current != null) {
        current.add(paragraph);
      }
    }
    if (current != null) {
      items.add(new Item(number, current));
    }
    return items;
  }

  /**
   * The numbered items in the paragraphs; paragraphs before the first item belong to none. A list with no numbers
   * but "- " points is a list of items too.
   */
  static List<Item> of(List<Paragraph> paragraphs) {
    boolean numbered = paragraphs.stream().anyMatch(p -> LinePatterns.NUMBERED.matcher(p.text()).matches());
    List<Item> items = new ArrayList<>();
    List<Paragraph> current = null;
    String number = null;
    for (Paragraph paragraph : paragraphs) {
      Matcher start = (numbered ? LinePatterns.NUMBERED : LinePatterns.BULLET).matcher(paragraph.text());
      if (start.matches()) {
        if (current != null) {
          items.add(new Item(number, current));
        }
        number = numbered ? start.group(1) : String.valueOf(items.size() + 1);
        current = new ArrayList<>();
        current.add(paragraph);
      } else if (current != null) {
        current.add(paragraph);
      }
    }
    if (current != null) {
      items.add(new Item(number, current));
    }
    return items;
  }
}
