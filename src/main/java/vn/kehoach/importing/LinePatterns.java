package vn.kehoach.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a cleaned line is, by its form: a heading, a numbered item, a bullet, a label of the document's frame. */
final class LinePatterns {

  /** "I. MỤC ĐÍCH", "II- NHIỆM VỤ", "IV) ..." (group 1: the numeral, group 2: the heading). */
  static final Pattern ROMAN_HEADING = Pattern.compile("^([IVXL]{1,6})\\s*[.\\-–):]\\s*(\\S.*)$");
  /** "1. UBND phường: ...", "2- Khẩn trương ...", "3) ...", "1/ ..." (group 1: the number, group 2: the rest). */
  static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,2})(?:\\.\\d{1,2})*\\s*(?:[.\\-–)]|/(?=\\s))\\s*(\\S.*)$");
  /** "- Văn phòng ...", "+ Phân công thực hiện: ...", "• ...". */
  static final Pattern BULLET = Pattern.compile("^[-–—•+]\\s*(\\S.*)$");
  /** "a) ...". */
  static final Pattern LETTERED = Pattern.compile("^[a-zđ]\\)\\s*(\\S.*)$");
  /** "Trà Vinh, ngày 01 tháng 11 năm 2021", "Bắc Giang, ngày   tháng 4 năm 2024". */
  static final Pattern DATE_LINE = Pattern.compile("^([^,\\d]{2,40}),\\s*ngày\\b.*năm\\s*\\d{4}.*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "Số 37-KH/ĐUK", "Số: 20/KH-UBND", "Số: /BC-SNgV". */
  static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(.*[-/].*)$", Pattern.UNICODE_CASE);
  /** "T/M BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "Q. CHÁNH VĂN PHÒNG". */
  static final Pattern SIGNATURE_MODE = Pattern.compile(
      "^(T/M|TM\\.?|KT\\.?|K/T|TL\\.?|TUQ\\.?|Q\\.|Q/)\\s+(\\S.*)$");

  private static final List<String> FRAME_LABELS = List.of("noi nhan", "kinh gui", "v/v");
  private static final List<String> MOTTOS = List.of("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam",
      "doc lap - tu do - hanh phuc", "doc lap tu do hanh phuc");

  private LinePatterns() {}

  /** A line that always starts a paragraph of its own. */
  static boolean startsParagraph(String line) {
    return isRomanHeading(line) || NUMBERED.matcher(line).matches() || BULLET.matcher(line).matches()
        || LETTERED.matcher(line).matches() || isFrameLine(line) || VietnameseText.isUpperCase(line);
  }

  /** A line nothing is joined to: headings, lines in capitals, the dateline, the number, "Nơi nhận", signatures. */
  static boolean standsAlone(String line) {
    return isRomanHeading(line) || VietnameseText.isUpperCase(line) || DATE_LINE.matcher(line).matches()
        || NUMBER_LINE.matcher(line).matches() || SIGNATURE_MODE.matcher(line).matches()
        || VietnameseText.key(line).equals("noi nhan");
  }

  static boolean isRomanHeading(String line) {
    Matcher heading = ROMAN_HEADING.matcher(line);
    if (!heading.matches()) {
      return false;
    }
    String rest = heading.group(2);
    // "I. Mục đích" is a heading too, but "V. ..." at the start of a sentence is not: short, no full stop
    return VietnameseText.isUpperCase(rest) || (rest.length() <= 80 && !rest.endsWith("."));
  }

  static boolean isFrameLine(String line) {
    String folded = VietnameseText.fold(line);
    return FRAME_LABELS.stream().anyMatch(folded::startsWith) || DATE_LINE.matcher(line).matches()
        || NUMBER_LINE.matcher(line).matches() || SIGNATURE_MODE.matcher(line).matches() || isMotto(line);
  }

  static boolean isMotto(String line) {
    String key = VietnameseText.fold(line).replaceAll("\\s+", " ").strip();
    return MOTTOS.stream().anyMatch(key::startsWith);
  }

  /** Ends with . ; : ! ? (closing quotes and brackets ignored); an ellipsis does not end a sentence. */
  static boolean endsSentence(String line) {
    int end = line.length() - 1;
    while (end >= 0 && "\"”’)]» ".indexOf(line.charAt(end)) >= 0) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    char last = line.charAt(end);
    if (last == '.' && end >= 2 && line.startsWith("..", end - 2)) {
      return false;
    }
    return ".;:!?".indexOf(last) >= 0;
  }
}
