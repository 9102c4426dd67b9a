package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the frame above the content: the issuing body in capitals, the motto, the number, the "V/v" subject of a
 * letter, the dateline, the kind in capitals and the title under it, and a letter's "Kính gửi" list. Seeds converted
 * from PDF may lack any of these lines.
 */
final class HeaderReader {

  /** What the header holds, and where the content starts. */
  record Reading(String issuingBody, String superiorBody, int issuingBodyLine, DocumentNumberText number,
                 DocumentDateText date, String kind, String title, int titleLine, List<BodyMention> addressees,
                 int contentStart, String kindCode) {}

  private static final int MAX_HEADER_PARAGRAPHS = 24;
  private static final List<String> LEVELS =
      List.of("tinh", "thanh pho", "huyen", "quan", "xa", "phuong", "thi xa", "thi tran", "khoi");
  private static final Pattern PARTY_NUMBER =
      Pattern.compile("^(\\d+)?\\s*[-–]\\s*([A-ZĐ]{1,6})\\s*/\\s*([\\p{L}\\d&.\\-]+)$");
  private static final Pattern STATE_NUMBER = Pattern.compile(
      "^(?:(\\d+)|[.…\\s]*)\\s*/\\s*(?:\\d{4}\\s*/\\s*)?([A-ZĐ]{1,6})\\s*[-–]\\s*([\\p{L}\\d&.\\-]+)$");
  private static final Pattern FOLDED_DATE =
      Pattern.compile("ngay\\s*(\\d{1,2})?\\s*thang\\s*(\\d{1,2})?\\s*nam\\s*(\\d{4})");
  private static final Pattern DATE_START = Pattern.compile("^[^,\\d]{2,40},\\s*ngày(?:\\s*\\d{1,2})?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A web page's caption standing for the header: "Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc
   * ..." (kind, number, date, issuer, title).
   */
  private static final Pattern CAPTION = Pattern.compile("^(" + DocumentKinds.namesPattern()
      + ")\\s+số\\s+([^\\s,]{3,40})\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})"
      + "\\s+của\\s+([^,;]{2,80}?)\\s+((?:về|v/v)\\s.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUBJECT = Pattern.compile("^V/v\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESSEES = Pattern.compile("^Kính gửi\\s*:?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private HeaderReader() {}

  static Reading read(List<Paragraph> paragraphs) {
    Matcher caption = paragraphs.isEmpty() ? null : CAPTION.matcher(paragraphs.get(0).text());
    if (caption != null && caption.matches()) {
      return fromCaption(caption, paragraphs.get(0));
    }
    int kindIndex = kindIndex(paragraphs);
    int headerEnd = kindIndex >= 0 ? kindIndex : headerEndWithoutKind(paragraphs);
    List<Paragraph> bodies = new ArrayList<>();
    DocumentNumberText number = null;
    DocumentDateText date = null;
    String subject = null;
    int subjectLine = 0;
    int addresseesIndex = -1;
    for (int i = 0; i < headerEnd; i++) {
      Paragraph paragraph = paragraphs.get(i);
      String text = paragraph.text();
      Matcher subjectLineMatch = SUBJECT.matcher(text);
      if (LinePatterns.isMotto(text) || isMottoFragment(text)) {
        continue;
      } else if (number == null && LinePatterns.NUMBER_LINE.matcher(text).matches()) {
        number = number(text, paragraph.firstLine());
      } else if (date == null && LinePatterns.DATE_LINE.matcher(text).matches()) {
        date = date(placeFragment(paragraphs, i) + text, paragraph.firstLine());
      } else if (date == null && i + 1 < headerEnd && DATE_START.matcher(text).matches()
          && LinePatterns.DATE_LINE.matcher(text + " " + paragraphs.get(i + 1).text()).matches()) {
        // "Khánh Hòa, ngày" / "25 tháng 3 năm 2021" of a narrow column
        date = date(placeFragment(paragraphs, i) + text + " " + paragraphs.get(i + 1).text(), paragraph.firstLine());
        i++;
      } else if (subjectLineMatch.matches()) {
        subject = subjectLineMatch.group(1).strip();
        subjectLine = paragraph.firstLine();
      } else if (ADDRESSEES.matcher(text).matches()) {
        addresseesIndex = i;
        break;
      } else if (VietnameseText.isUpperCase(text)) {
        bodies.add(paragraph);
      }
    }
    List<Paragraph> joined = joinContinuations(bodies);
    Paragraph issuing = joined.isEmpty() ? null : joined.get(joined.size() - 1);
    Paragraph superior = joined.size() < 2 ? null : joined.get(joined.size() - 2);

    String kind;
    String title = subject;
    int titleLine = subjectLine;
    int contentStart;
    if (kindIndex >= 0) {
      kind = paragraphs.get(kindIndex).text();
      contentStart = kindIndex + 1;
      if (DocumentKinds.codeOf(kind).isEmpty()) {
        // "QUYẾT" and "ĐỊNH" on two lines of a narrow column
        kind = kind + " " + paragraphs.get(kindIndex + 1).text();
        contentStart++;
      }
      if (contentStart < paragraphs.size() && isTitle(paragraphs.get(contentStart))) {
        StringBuilder titleText = new StringBuilder(paragraphs.get(contentStart).text());
        titleLine = paragraphs.get(contentStart).firstLine();
        boolean capitals = VietnameseText.isUpperCase(titleText.toString());
        contentStart++;
        // a title Word split over paragraphs goes on in lower case ("về tăng cường ..."); one in capitals goes on in
        // capitals up to the authority's line ("ỦY BAN NHÂN DÂN TỈNH", "CHỦ TỊCH ...") or the content
        while (contentStart < paragraphs.size() && (continuesTitle(paragraphs.get(contentStart).text())
            || capitals && continuesCapitalTitle(paragraphs.get(contentStart).text()))) {
          titleText.append(' ').append(paragraphs.get(contentStart).text());
          contentStart++;
        }
        title = titleText.toString();
      }
    } else {
      kind = number == null ? null : DocumentKinds.nameOf(number.type()).orElse(null);
      if (kind == null && subject != null) {
        // a letter's number names its issuer, not its kind ("328/VPCP-TH"): its "V/v" says it is a letter
        kind = DocumentKinds.nameOf("CV").orElseThrow();
      }
      contentStart = headerEnd;
    }
    String kindCode = kind == null ? null : DocumentKinds.codeOf(kind).orElse(null);
    List<BodyMention> addressees = new ArrayList<>();
    if (addresseesIndex >= 0) {
      contentStart = readAddressees(paragraphs, addresseesIndex, addressees);
    }
    return new Reading(issuing == null ? null : issuing.text(), superior == null ? null : superior.text(),
        issuing == null ? 0 : issuing.firstLine(), number, date, kind, title, titleLine, addressees, contentStart,
        kindCode);
  }

  private static Reading fromCaption(Matcher caption, Paragraph paragraph) {
    int line = paragraph.firstLine();
    String kind = caption.group(1);
    String kindCode = DocumentKinds.codeOf(kind).orElse(null);
    DocumentNumberText number = number(caption.group(2), line);
    DocumentDateText date = new DocumentDateText(caption.group(3) + "/" + caption.group(4) + "/" + caption.group(5),
        null, Integer.valueOf(caption.group(3)), Integer.valueOf(caption.group(4)), Integer.valueOf(caption.group(5)),
        line);
    return new Reading(caption.group(6).strip(), null, line, number, date, kind, caption.group(7).strip(), line,
        List.of(), 1, kindCode);
  }

  /** The paragraph that is only a kind in capitals ("KẾ HOẠCH"), or its first half ("QUYẾT" / "ĐỊNH"), near the top. */
  private static int kindIndex(List<Paragraph> paragraphs) {
    for (int i = 0; i < Math.min(paragraphs.size(), MAX_HEADER_PARAGRAPHS); i++) {
      String text = paragraphs.get(i).text();
      if (VietnameseText.isUpperCase(text) && DocumentKinds.codeOf(text).isPresent()) {
        return i;
      }
      if (i + 1 < paragraphs.size() && text.length() <= 12 && VietnameseText.isUpperCase(text)
          && DocumentKinds.codeOf(text + " " + paragraphs.get(i + 1).text()).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /** A piece of the motto a narrow column broke ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"). */
  private static boolean isMottoFragment(String text) {
    String key = VietnameseText.fold(text).replaceAll("[\\s\\-–]+", " ").strip();
    return key.length() >= 4 && VietnameseText.isUpperCase(text) && MOTTO_KEYS.stream().anyMatch(m -> m.contains(key))
        || key.length() >= 4 && MOTTO_KEYS.get(1).contains(key);
  }

  private static final List<String> MOTTO_KEYS =
      List.of("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc", "dang cong san viet nam");

  /**
   * The start of a place a narrow column broke before the dateline ("Thành phố Hồ Chí" / "Minh, ngày 08 tháng
   * 11 ..."), with a space after; empty when the paragraph before is no such piece.
   */
  private static String placeFragment(List<Paragraph> paragraphs, int dateIndex) {
    if (dateIndex == 0) {
      return "";
    }
    String before = paragraphs.get(dateIndex - 1).text();
    boolean piece = before.length() <= 30 && !VietnameseText.isUpperCase(before) && !LinePatterns.isFrameLine(before)
        && before.chars().noneMatch(Character::isDigit) && !before.contains(",") && !before.contains(":")
        && !isMottoFragment(before) && Character.isUpperCase(before.charAt(0));
    return piece ? before + " " : "";
  }

  /** Folded starts of the line that names the authority under a decision's title. */
  private static final List<String> AUTHORITY_LINES = List.of("uy ban nhan dan", "chu tich", "thu tuong",
      "bo truong", "chinh phu", "hoi dong nhan dan", "ban thuong vu", "ban chap hanh", "giam doc", "quyet dinh",
      "quyet nghi", "chi thi", "truong ban", "cong hoa");

  private static boolean continuesCapitalTitle(String text) {
    if (!VietnameseText.isUpperCase(text) || LinePatterns.isRomanHeading(text) || LinePatterns.isFrameLine(text)
        || LinePatterns.NUMBERED.matcher(text).matches()) {
      return false;
    }
    String key = VietnameseText.fold(text);
    return AUTHORITY_LINES.stream().noneMatch(key::startsWith);
  }

  /** Without a kind line the header ends at "Kính gửi" plus its list, or at the first sentence of content. */
  private static int headerEndWithoutKind(List<Paragraph> paragraphs) {
    int limit = Math.min(paragraphs.size(), MAX_HEADER_PARAGRAPHS);
    for (int i = 0; i < limit; i++) {
      String text = paragraphs.get(i).text();
      if (ADDRESSEES.matcher(text).matches()) {
        return i + 1;
      }
      boolean frame = LinePatterns.isFrameLine(text) || VietnameseText.isUpperCase(text);
      if (!frame) {
        return i;
      }
    }
    return limit;
  }

  private static boolean continuesTitle(String text) {
    return VietnameseText.startsWithLowerCase(text) && !LinePatterns.startsParagraph(text);
  }

  private static boolean isTitle(Paragraph paragraph) {
    String text = paragraph.text();
    // "V/V BAN HÀNH ..." under a decision's kind is its title, not a letter's subject
    boolean subjectInCapitals = SUBJECT.matcher(text).matches() && VietnameseText.isUpperCase(text);
    return !LinePatterns.isRomanHeading(text) && !LinePatterns.NUMBERED.matcher(text).matches()
        && (subjectInCapitals || !LinePatterns.isFrameLine(text));
  }

  /**
   * "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" + "VÀ DOANH NGHIỆP" is one body; so are "ỦY BAN NHÂN DÂN" + "TỈNH ĐỒNG THÁP" and "ỦY"
   * + "BAN NHÂN DÂN" + "TỈNH HƯNG YÊN" of a narrow column: a people's committee or council is named with its place.
   */
  private static List<Paragraph> joinContinuations(List<Paragraph> bodies) {
    List<Paragraph> joined = new ArrayList<>();
    for (Paragraph body : bodies) {
      String folded = VietnameseText.fold(body.text());
      String before = joined.isEmpty() ? "" : VietnameseText.fold(joined.get(joined.size() - 1).text()).strip();
      boolean continuation = !joined.isEmpty() && (folded.startsWith("va ") || folded.startsWith("& ")
          || before.endsWith(" va") || before.endsWith("nhan dan") || !before.contains(" ") || !folded.contains(" ")
          || before.endsWith("nhan") && folded.startsWith("dan")
          || before.endsWith(" uy") && LEVELS.stream().anyMatch(level -> folded.startsWith(level + " ")));
      if (continuation) {
        Paragraph previous = joined.remove(joined.size() - 1);
        joined.add(new Paragraph(previous.text() + " " + body.text(), previous.firstLine(), body.lastLine()));
      } else {
        joined.add(body);
      }
    }
    return joined;
  }

  private static int readAddressees(List<Paragraph> paragraphs, int index, List<BodyMention> addressees) {
    Matcher label = ADDRESSEES.matcher(paragraphs.get(index).text());
    label.matches();
    String first = label.group(1).strip();
    if (!first.isEmpty()) {
      addressees.add(new BodyMention(ListEntries.clean(first), paragraphs.get(index).firstLine()));
    }
    int i = index + 1;
    while (i < paragraphs.size() && LinePatterns.BULLET.matcher(paragraphs.get(i).text()).matches()) {
      addressees.add(new BodyMention(ListEntries.clean(paragraphs.get(i).text()), paragraphs.get(i).firstLine()));
      i++;
    }
    return i;
  }

  static DocumentNumberText number(String line, int lineNumber) {
    Matcher numberLine = LinePatterns.NUMBER_LINE.matcher(line);
    String written = numberLine.matches() ? numberLine.group(1).strip() : line.strip();
    Matcher party = PARTY_NUMBER.matcher(written);
    if (party.matches()) {
      return new DocumentNumberText(written, party.group(1), party.group(2), party.group(3), true, lineNumber);
    }
    Matcher state = STATE_NUMBER.matcher(written);
    if (state.matches()) {
      return new DocumentNumberText(written, state.group(1), state.group(2), state.group(3), false, lineNumber);
    }
    return new DocumentNumberText(written, null, null, null, true, lineNumber);
  }

  static DocumentDateText date(String line, int lineNumber) {
    String folded = VietnameseText.fold(line);
    Matcher date = FOLDED_DATE.matcher(folded);
    String place = line.contains(",") ? line.substring(0, line.indexOf(',')).strip() : null;
    if (!date.find()) {
      return new DocumentDateText(line, place, null, null, null, lineNumber);
    }
    return new DocumentDateText(line, place, integer(date.group(1)), integer(date.group(2)), integer(date.group(3)),
        lineNumber);
  }

  private static Integer integer(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }
}
