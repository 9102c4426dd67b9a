package vn.kehoach.deadline.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text names documents rather than deadlines: "Chỉ thị số 31-CT/TU ngày 04/3/2024", "Kết luận số 02 - KL/TW,
 * ngày 18/5/2021", "Nghị định số 136/2020/NĐ-CP", a date "của Ban Thường vụ Tỉnh ủy", the dateline "Hưng Yên, ngày 02
 * tháng 5 năm 2024" and a draft's blank "ngày tháng 4 năm 2024". Expressions overlapping these spans are not read.
 */
final class DocumentReferences {

  /** A dated mention: "ngày 04/3/2024", "ngày 02 tháng 5 năm 2024" (and the dots of a blank day in a dateline). */
  private static final String DATE = "(?:" + FoldedPattern.NUMERIC_DATE + "|" + FoldedPattern.VERBAL_DATE + ")";

  /**
   * A document number: "số 31-CT/TU", "số 01/KH-UBND", "số 451 - BC/ĐUCA", "Số: /BC-SNgV", "số 12", or without "số",
   * "02-CT/TW" (digits, then letters across a '-' or '/').
   */
  private static final Pattern NUMBER = FoldedPattern.compile("(?<![a-z0-9])(?:(?<so>so)\\s*:?\\s*(?:(?:\\d+|[.…]+)?"
      + "(?:\\s*[-/]\\s*[a-z0-9]+)+|\\d+)|\\d+\\s*[-/]\\s*[a-z]{1,8}[a-z0-9]*(?:\\s*[-/]\\s*[a-z0-9]+)+)(?![a-z0-9])");
  /** What may follow a document number before its date: ", ngày 18/5/2021", " ban hành ngày ...". */
  private static final Pattern DATE_OF_NUMBER = FoldedPattern.compile("\\s*,?\\s*(?:(?:ban hanh|ky) )?(?:ngay )?"
      + DATE);
  /** A document named by its kind and date, with no number: "Chỉ thị ngày 04/3/2024". */
  private static final Pattern KIND_AND_DATE = FoldedPattern.compile("(?<![a-z])(?:chi thi|ke hoach|ket luan|nghi quyet"
      + "|nghi dinh|cong van|cong dien|quyet dinh|thong tu|huong dan|thong bao|to trinh|van ban|luat)\\s*,?\\s*"
      + "(?:(?:ban hanh|ky) )?ngay " + DATE);
  /** A date followed by its issuer: "ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy". */
  private static final Pattern DATE_OF_ISSUER = FoldedPattern.compile("(?<![a-z])(?:ngay )?" + DATE + "\\s*,?\\s*cua "
      + "(?:ban|bo|thu tuong|chinh phu|ubnd|uy ban|hdnd|hoi dong|tinh uy|thanh uy|huyen uy|dang uy|quoc hoi"
      + "|van phong|so|cuc)(?![a-z])");
  /** "Hưng Yên, ngày 02 tháng 5 năm 2024" on a line of its own start: where and when this document was issued. */
  private static final Pattern DATELINE = FoldedPattern.compile("(?:^|\\n)(?<place>[a-z.]+(?:\\x20[a-z.]+){0,3})\\s*,"
      + "\\s*ngay (?:\\d{1,2}|[.…_]*)\\s*(?:[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|thang \\d{1,2}\\s*,?\\s*nam \\d{4})");
  /** A draft's date with the day left blank: "ngày tháng 4 năm 2024", "ngày ... tháng 4 năm 2024". */
  private static final Pattern BLANK_DAY = FoldedPattern.compile("(?<![a-z])ngay (?:[.…_]+\\s*)?thang \\d{1,2}"
      + "(?:\\s*[/.-]\\s*\\d{4}|\\s*,?\\s*nam \\d{4})?");

  /**
   * The name of a programme: "giai đoạn 2023 - 2025, tầm nhìn 2030", "đến năm 2030, định hướng đến năm 2045", "kế
   * hoạch đầu tư công trung hạn giai đoạn 2026 - 2030": its years are its name, not a time limit.
   */
  private static final Pattern PROGRAMME = FoldedPattern.compile("(?<![a-z])(?:(?:giai doan |den nam )(?:\\d{4}"
      + "\\s*-\\s*)?\\d{4}\\s*[,;]?\\s*(?:tam nhin|dinh huong)(?: (?:den|toi))?(?: nam)?\\s*\\d{4}"
      + "|(?:ke hoach|chien luoc|quy hoach|de an|chuong trinh) [^.;,:\\n]{0,40}?trung han giai doan \\d{4}\\s*-\\s*"
      + "\\d{4}|(?:chien luoc|quy hoach)(?: quoc gia)? [^.;,:\\n]{0,60}?(?:giai doan|thoi ky) \\d{4}\\s*-\\s*\\d{4}"
      + "|ke hoach \\d+ nam \\d{4}\\s*-\\s*\\d{4}|(?:thoi ky|tam nhin|dinh huong)(?: den)? nam \\d{4}"
      + "|thoi ky \\d{4}\\s*-\\s*\\d{4}\\s*,?\\s*tam nhin[a-z ]{0,8}\\d{4})");
  /** A name in quotation marks: "Đề án “Đào tạo nghề cho lao động nông thôn đến năm 2020”". */
  private static final Pattern QUOTED = Pattern.compile("(?<![a-z])(?:de an|chuong trinh|ke hoach|chien luoc"
      + "|quy hoach|nghi quyet|chi thi|ket luan|du an|phong trao|cuoc van dong)\\s*[“\"][^”\"\\n]{1,300}[”\"]");
  /**
   * When a document was signed or issued: "ký ngày 8/12/2025", "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành ...",
   * "ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành ...", and the day of a meeting, "họp ngày 26/4/2022".
   */
  private static final Pattern ISSUED = FoldedPattern.compile("(?<![a-z])(?:ky|ban hanh|hop|hoi nghi)(?![a-z])"
      + "(?:(?!\\s(?:truoc|cham nhat|trong|den|xong|han)\\s)[^.;\\n]){0,60}?(?<![a-z])ngay " + DATE);
  /** "Căn cứ ...": a line citing the documents the plan rests on; nothing in it is a time limit of the plan. */
  private static final Pattern GROUNDS = FoldedPattern.compile("(?:^|(?<=\\n))\\s*can cu(?![a-z])[^\\n,;]*");
  private static final Pattern DATED_THEN_ISSUED = FoldedPattern.compile("(?<![a-z])ngay " + DATE
      + "\\s*,[^.;\\n]{0,80}?(?:da )?(?:ban hanh|ky)(?![a-z])");

  private static final Set<String> NUMBER_SPELLINGS = Set.of("số");

  /** A span of folded text naming a document. */
  record Span(int start, int end) {}

  private DocumentReferences() {}

  static List<Span> find(NormalisedText text) {
    String folded = text.folded();
    List<Span> spans = new ArrayList<>();
    Matcher number = NUMBER.matcher(folded);
    while (number.find()) {
      if (number.group("so") != null && !text.spelledAs(number.start("so"), number.end("so"), NUMBER_SPELLINGS)) {
        continue; // "cơ sở 2", not "số 2"
      }
      Matcher date = DATE_OF_NUMBER.matcher(folded).region(number.end(), folded.length());
      spans.add(new Span(number.start(), date.lookingAt() ? date.end() : number.end()));
    }
    addAll(spans, KIND_AND_DATE.matcher(folded));
    addAll(spans, DATE_OF_ISSUER.matcher(folded));
    addAll(spans, BLANK_DAY.matcher(folded));
    addAll(spans, PROGRAMME.matcher(folded));
    addAll(spans, QUOTED.matcher(folded));
    addAll(spans, ISSUED.matcher(folded));
    addAll(spans, GROUNDS.matcher(folded));
    addAll(spans, DATED_THEN_ISSUED.matcher(folded));
    Matcher dateline = DATELINE.matcher(folded);
    while (dateline.find()) {
      if (capitalised(text.original(dateline.start("place"), dateline.end("place")))) {
        spans.add(new Span(dateline.start("place"), dateline.end()));
      }
    }
    return spans;
  }

  private static void addAll(List<Span> spans, Matcher matcher) {
    while (matcher.find()) {
      spans.add(new Span(matcher.start(), matcher.end()));
    }
  }

  /** Place names are capitalised ("Trà Vinh", "TP. Hồ Chí Minh"); "hoàn thành, ngày ..." is no dateline. */
  private static boolean capitalised(String place) {
    for (String word : place.split(" ")) {
      if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
