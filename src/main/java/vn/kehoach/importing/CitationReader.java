package vn.kehoach.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cited documents in a sentence: "Chỉ thị số 02-CT/TW, ngày 31/01/2026 của Ban Bí thư về ...",
 * "Công điện số 31/CĐ - TTg ngày 04/4/2024 của Thủ tướng Chính phủ", "Nghị định số 136/2020/NĐ-CP".
 */
final class CitationReader {

  private static final String NUMBER =
      "\\d+(?:\\s*/\\s*\\d{4})?(?:\\s*[-/]\\s*[\\p{L}\\d]+){1,3}";
  private static final Pattern CITATION = Pattern.compile(
      "(?<kind>" + DocumentKinds.namesPattern() + ")\\s+số\\s*:?\\s*(?<number>" + NUMBER + ")"
          + "(?:\\s*,?\\s*ngày\\s+(?<day>\\d{1,2})\\s*/\\s*(?<month>\\d{1,2})\\s*/\\s*(?<year>\\d{4}))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Type code inside a number: "02-CT/TW" → CT, "31/CĐ-TTg" → CĐ, "136/2020/NĐ-CP" → NĐ. */
  private static final Pattern PARTY_TYPE = Pattern.compile("^\\d+-([A-ZĐ][A-ZĐa-z]{0,3})/");
  private static final Pattern STATE_TYPE = Pattern.compile("^\\d+(?:/\\d{4})?/([A-ZĐ][A-ZĐa-z]{0,3})-");
  private static final Pattern ISSUER = Pattern.compile("^\\s*,?\\s*của\\s+", Pattern.CASE_INSENSITIVE
      | Pattern.UNICODE_CASE);
  /** Where an issuer's name stops: "về", punctuation, the next verb or the next cited document. */
  private static final Pattern ISSUER_END = Pattern.compile(
      "\\s+về\\s|\\s*[,;.(:]|\\s+(?:thực hiện|triển khai|tiếp tục|nêu tại|và\\s+(?:các\\s+)?(?:"
          + DocumentKinds.namesPattern() + "))|\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUBJECT = Pattern.compile("^\\s*,?\\s*về\\s+(?:việc\\s+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUBJECT_END = Pattern.compile(";|\\(sau đây|\\.\\s|\\.$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CitationReader() {}

  /**
   * @param clauseEnd where the sentence's own clause starts (", Ban Thường vụ Tỉnh ủy ban hành ..."), or the text's
   *     length: a subject stops there
   */
  static List<CitedDocument> read(String text, int clauseEnd, int line) {
    List<Found> found = new ArrayList<>();
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      found.add(new Found(citation.start(), citation.end(), citation.group("kind"),
          citation.group("number").replaceAll("\\s+", ""), date(citation)));
    }
    List<CitedDocument> documents = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found match = found.get(i);
      int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
      int end = match.end();
      String issuer = null;
      Matcher of = ISSUER.matcher(text).region(end, nextStart);
      if (of.lookingAt()) {
        Matcher issuerEnd = ISSUER_END.matcher(text).region(of.end(), text.length());
        int stop = Math.min(issuerEnd.find() ? issuerEnd.start() : text.length(), nextStart);
        String name = text.substring(of.end(), stop).strip();
        if (!name.isEmpty()) {
          issuer = name;
          end = stop;
        }
      }
      String subject = subject(text, end, Math.min(nextStart, Math.max(clauseEnd, end)));
      documents.add(new CitedDocument(kindName(match.kind()), code(match.number(), match.kind()), match.number(),
          match.date(), issuer, subject, line));
    }
    return documents;
  }

  private record Found(int start, int end, String kind, String number, LocalDate date) {}

  private static String subject(String text, int from, int limit) {
    Matcher about = SUBJECT.matcher(text).region(from, text.length());
    if (!about.lookingAt() || about.end() >= limit) {
      return null;
    }
    Matcher end = SUBJECT_END.matcher(text).region(about.end(), limit);
    int stop = end.find() ? end.start() : limit;
    String subject = text.substring(about.end(), stop).strip().replaceAll("[,;:\\s]+$", "");
    return subject.isEmpty() ? null : subject;
  }

  private static String kindName(String written) {
    return VietnameseText.capitalise(written.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String code(String number, String kind) {
    Matcher party = PARTY_TYPE.matcher(number);
    if (party.find()) {
      return party.group(1);
    }
    Matcher state = STATE_TYPE.matcher(number);
    if (state.find()) {
      return state.group(1);
    }
    return DocumentKinds.codeOf(kind).orElse(null);
  }

  private static LocalDate date(Matcher match) {
    if (match.group("year") == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(match.group("year")), Integer.parseInt(match.group("month")),
          Integer.parseInt(match.group("day")));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
