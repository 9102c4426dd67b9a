package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a header a web page ran into one paragraph back into the paragraphs of the usual layout, so that
 * {@link HeaderReader} reads it as any other: "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN
 * HÀNH ... ỦY BAN NHÂN DÂN TỈNH KON TUM" becomes the number, the dateline, the kind, the title and the authority;
 * "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: ... Trung ương Trong thời gian qua, ..." the dateline, the "Kính gửi"
 * line and the first sentence. Only a paragraph that starts with the number or the dateline and goes on is split;
 * the parts keep its lines.
 */
final class RunOnHeader {

  private static final int HEADER_PARAGRAPHS = 8;
  /** "Số: 435/QĐ-UBND " before more text. */
  private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*\\S*[-/]\\S*\\s+(?=\\S)");
  /** "Kon Tum, ngày 04 tháng 5 năm 2020 " before more text. */
  private static final Pattern DATELINE = Pattern.compile(
      "^[^,\\d]{2,40},\\s*ngày\\s*\\d{1,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4}\\s+(?=\\S)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUBJECT = Pattern.compile("^V/v\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESSEES = Pattern.compile("^Kính gửi\\s*:", Pattern.UNICODE_CASE);
  /** A letter's first sentence run on after its "Kính gửi" list ("... Trung ương Trong thời gian qua, ..."). */
  private static final Pattern OPENING = Pattern.compile(
      "(?<=\\p{Ll}\\.?)\\s+(?=(?:Trong thời gian qua|Thời gian qua|Vừa qua|Thực hiện|Căn cứ|Theo|Tiếp theo|Nhằm|Để|Ngày"
          + "|Hiện nay)[\\s,])",
      Pattern.UNICODE_CASE);
  /**
   * The authority a decision's title is followed by, in capitals: "ỦY BAN NHÂN DÂN TỈNH KON TUM", "CHỦ TỊCH ỦY BAN
   * NHÂN DÂN ...", "THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ Y TẾ".
   */
  private static final Pattern AUTHORITY = Pattern.compile(
      "\\s(?=(?:[ỦU][YỶ] BAN NHÂN DÂN|CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG)\\s)", Pattern.UNICODE_CASE);

  private RunOnHeader() {}

  static List<Paragraph> split(List<Paragraph> paragraphs) {
    List<Paragraph> split = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      if (i >= HEADER_PARAGRAPHS) {
        split.add(paragraph);
        continue;
      }
      for (String part : parts(paragraph.text())) {
        split.add(new Paragraph(part, paragraph.firstLine(), paragraph.lastLine()));
      }
    }
    return split;
  }

  static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    Matcher number = NUMBER.matcher(rest);
    if (number.lookingAt() && (SUBJECT.matcher(rest.substring(number.end())).lookingAt()
        || DATELINE.matcher(rest.substring(number.end())).lookingAt())) {
      parts.add(rest.substring(0, number.end()).strip());
      rest = rest.substring(number.end());
    }
    Matcher date = DATELINE.matcher(rest);
    if (date.lookingAt()) {
      parts.add(rest.substring(0, date.end()).strip());
      rest = rest.substring(date.end());
    }
    if (parts.isEmpty()) {
      return List.of(text);
    }
    if (ADDRESSEES.matcher(rest).lookingAt()) {
      parts.addAll(addresseesAndOpening(rest));
    } else {
      parts.addAll(kindTitleAndAuthority(rest));
    }
    return parts;
  }

  private static List<String> addresseesAndOpening(String text) {
    Matcher opening = OPENING.matcher(text);
    if (!opening.find()) {
      return List.of(text);
    }
    return List.of(text.substring(0, opening.start()).strip(), text.substring(opening.end()));
  }

  /** "QUYẾT ĐỊNH V/V BAN HÀNH ... MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM": kind, title, authority. */
  private static List<String> kindTitleAndAuthority(String text) {
    String kind = kindAtStart(text);
    if (kind == null) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>(List.of(kind));
    String title = text.substring(kind.length()).strip();
    if (title.isEmpty()) {
      return parts;
    }
    // the last one: a title may name an authority too ("... CỦA ỦY BAN NHÂN DÂN TỈNH")
    Matcher authority = AUTHORITY.matcher(title);
    int at = -1;
    while (authority.find()) {
      at = authority.start();
    }
    if (at > 0) {
      parts.add(title.substring(0, at).strip());
      parts.add(title.substring(at).strip());
    } else {
      parts.add(title);
    }
    return parts;
  }

  /** "QUYẾT ĐỊNH" of "QUYẾT ĐỊNH V/V ...": a kind's name in capitals, one or two words; null when none. */
  private static String kindAtStart(String text) {
    String[] words = text.split("\\s+", 4);
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      String candidate = String.join(" ", Arrays.copyOf(words, n));
      if (VietnameseText.isUpperCase(candidate) && DocumentKinds.codeOf(candidate).isPresent()) {
        return candidate;
      }
    }
    return null;
  }
}
