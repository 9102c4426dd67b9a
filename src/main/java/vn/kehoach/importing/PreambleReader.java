package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the opening sentence ("Thực hiện Chỉ thị số 02-CT/TW ... của Ban Bí thư ..., Ban Thường vụ Tỉnh ủy ban hành
 * kế hoạch ...") for the documents the plan carries out, and for the issuing body when the header lacks it.
 */
final class PreambleReader {

  /**
   * The opening sentence's findings.
   *
   * @param addressedBodies whom the issuer asks to carry out what follows ("... yêu cầu các cấp ủy, tổ chức đảng,
   *     chính quyền từ tỉnh đến cơ sở tập trung thực hiện ..."), null when not said
   */
  record Reading(List<CitedDocument> implementedDocuments, BodyMention issuingBody, BodyMention addressedBodies) {}

  private static final Pattern IMPLEMENTS = Pattern.compile("^(?:triển khai\\s+)?thực hiện\\s",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** ", Ban Thường vụ Tỉnh ủy ban hành kế hoạch", "; Sở Ngoại vụ xây dựng Kế hoạch". */
  private static final Pattern OWN_CLAUSE = Pattern.compile(
      "[,;)]\\s*(\\p{Lu}[^,;()]{2,80}?)\\s+(ban hành|xây dựng|yêu cầu|đề nghị)\\s",
      Pattern.UNICODE_CASE);
  private static final int MAX_ADDRESSED_WORDS = 20;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");

  private PreambleReader() {}

  /** @param content the paragraphs after the title, up to the first section or numbered item */
  static Reading read(List<Paragraph> content, String title, int titleLine) {
    List<CitedDocument> documents = new ArrayList<>();
    BodyMention issuingBody = null;
    BodyMention addressed = null;
    for (Paragraph paragraph : content) {
      String text = paragraph.text();
      Matcher clause = OWN_CLAUSE.matcher(text);
      int clauseStart = -1;
      String clauseBody = null;
      while (clause.find()) {
        clauseStart = clause.start();
        clauseBody = clause.group(1).strip();
        String verb = VietnameseText.fold(clause.group(2));
        if (addressed == null && (verb.equals("yeu cau") || verb.equals("de nghi"))) {
          addressed = addressedBodies(text.substring(clause.end(2)), paragraph.firstLine());
        }
      }
      if (issuingBody == null && clauseBody != null) {
        issuingBody = new BodyMention(clauseBody, paragraph.firstLine());
      }
      if (IMPLEMENTS.matcher(text).lookingAt()) {
        Matcher end = SENTENCE_END.matcher(text);
        int sentenceEnd = end.find() ? end.start() : text.length();
        int clauseEnd = clauseStart >= 0 && clauseStart < sentenceEnd ? clauseStart : sentenceEnd;
        documents.addAll(CitationReader.read(text.substring(0, sentenceEnd), clauseEnd, paragraph.firstLine()));
      }
    }
    if (title != null) {
      documents.addAll(CitationReader.read(title, title.length(), titleLine));
    }
    return new Reading(distinct(documents), issuingBody, addressed);
  }

  /** "các cấp ủy, tổ chức đảng, chính quyền từ tỉnh đến cơ sở" up to the verb that follows. */
  private static BodyMention addressedBodies(String rest, int line) {
    Words words = Words.of(rest);
    int verb = TaskVerbs.firstVerb(words, 0);
    if (verb < 1 || verb > MAX_ADDRESSED_WORDS) {
      return null;
    }
    String bodies = BodyClauseReader.trimName(rest.substring(0, words.get(verb).start()));
    return bodies.isEmpty() ? null : new BodyMention(bodies, line);
  }

  /** One entry per number; a later mention fills in what the first lacks (a date, an issuer). */
  private static List<CitedDocument> distinct(List<CitedDocument> documents) {
    Map<String, CitedDocument> byNumber = new LinkedHashMap<>();
    for (CitedDocument document : documents) {
      byNumber.merge(document.number(), document, (first, later) -> new CitedDocument(first.kindName(),
          first.kindCode(), first.number(), first.date() != null ? first.date() : later.date(),
          first.issuer() != null ? first.issuer() : later.issuer(),
          first.subject() != null ? first.subject() : later.subject(), first.line()));
    }
    return List.copyOf(byNumber.values());
  }
}
