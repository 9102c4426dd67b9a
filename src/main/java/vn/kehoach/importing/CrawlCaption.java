package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the caption a legal-text web site (thuvienphapluat.vn) puts before a document and again before each of its
 * parts: "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM", "Quyết định 435/QĐ-UBND năm 2020. Điều
 * 1.", "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG". The caption is the site's,
 * not the document's; the attached document's kind after it ("CHƯƠNG TRÌNH HÀNH ĐỘNG.") is a crumb of the site's
 * path: kept once as a line of its own (it starts the attachment), dropped where it repeats.
 */
final class CrawlCaption {

  /** "Quyết định 435/QĐ-UBND năm 2020", "Công văn 384/BYT-KCB năm 2014" at the start of the first line. */
  private static final Pattern CAPTION = Pattern.compile(
      "^(?:" + DocumentKinds.namesPattern() + ")\\s+\\S+/\\S+\\s+năm\\s+\\d{4}\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_CRUMB = 60;

  private CrawlCaption() {}

  static List<SourceLine> strip(List<SourceLine> lines) {
    Matcher caption = lines.isEmpty() ? null : CAPTION.matcher(lines.get(0).text());
    if (caption == null || !caption.lookingAt()) {
      return lines;
    }
    Pattern repeated = Pattern.compile("^" + Pattern.quote(caption.group()) + "\\.\\s+");
    List<SourceLine> stripped = new ArrayList<>();
    String issuer = issuerAfterCaption(lines.get(0).text());
    if (issuer != null) {
      stripped.add(new SourceLine(lines.get(0).number(), issuer, false, false));
    }
    Set<String> crumbs = new HashSet<>();
    for (SourceLine line : lines.subList(1, lines.size())) {
      Matcher prefix = repeated.matcher(line.text());
      if (!prefix.lookingAt()) {
        stripped.add(line);
        continue;
      }
      String rest = line.text().substring(prefix.end());
      int crumbEnd = rest.indexOf(". ");
      String crumb = crumbEnd < 0 ? null : rest.substring(0, crumbEnd);
      if (crumb != null && crumb.length() <= MAX_CRUMB && VietnameseText.isUpperCase(crumb)
          && DocumentKinds.startsWithKind(crumb)) {
        if (crumbs.add(VietnameseText.key(crumb))) {
          stripped.add(new SourceLine(line.number(), crumb, true, true));
        }
        rest = rest.substring(crumbEnd + 2).strip();
      }
      stripped.add(new SourceLine(line.number(), rest, true, true));
    }
    return stripped;
  }

  /**
   * The issuer the first line ends with, after the caption and the site's summary of the document ("... do Bộ Y tế
   * ban hành. BỘ Y TẾ"): the first text after ". " that is all in capitals; null when there is none.
   */
  private static String issuerAfterCaption(String firstLine) {
    for (int at = firstLine.indexOf(". "); at >= 0; at = firstLine.indexOf(". ", at + 2)) {
      String rest = firstLine.substring(at + 2).strip();
      if (VietnameseText.isUpperCase(rest)) {
        return rest;
      }
    }
    return null;
  }
}
