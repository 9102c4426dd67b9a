package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the body at the head of an item and the bodies it works with: "1. UBND phường: Xây dựng ...", "3. Ban Tuyên
 * giáo Đảng ủy phường chủ trì chỉ đạo ...", "Giao X chủ trì, phối hợp với Y ...", "Văn phòng Sở chủ trì, phối hợp với
 * “Tổ tự quản phòng cháy, chữa cháy”".
 */
final class BodyClauseReader {

  /** A body's name is short; a longer run of words before the first verb is a task, not a name. */
  private static final int MAX_NAME_WORDS = 20;
  private static final int MAX_LABEL_LENGTH = 150;
  private static final Pattern ASSIGN = Pattern.compile("^(?:Giao|Yêu cầu|Đề nghị)\\s+(?=\\p{Lu})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:.\\-–]+|[\\s,;:.\\-–]+$");
  private static final String QUOTES = "\"“”'‘’«»";

  private BodyClauseReader() {}

  /**
   * @param mayBeOnlyName true where the text may be a bare name ("Phân công thực hiện: Tổ tự quản phòng cháy, chữa
   *     cháy.")
   */
  static BodyClause read(String item, boolean mayBeOnlyName) {
    String text = ASSIGN.matcher(item.strip()).replaceFirst("");
    Words words = Words.of(text);
    int firstVerb = TaskVerbs.firstVerb(words, 0);

    int colon = text.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
      int wordsBeforeColon = wordsBefore(words, colon);
      if (wordsBeforeColon >= 1 && wordsBeforeColon <= MAX_NAME_WORDS
          && (firstVerb < 0 || firstVerb >= wordsBeforeColon) && startsAsName(text)) {
        return withCooperation(trimName(text.substring(0, colon)), text.substring(colon + 1));
      }
    }
    if (firstVerb >= 1 && firstVerb <= MAX_NAME_WORDS && startsAsName(text)) {
      int taskStart = words.get(firstVerb).start();
      return withCooperation(trimName(text.substring(0, taskStart)), text.substring(taskStart));
    }
    if (firstVerb < 0 && mayBeOnlyName && words.size() <= MAX_NAME_WORDS && startsAsName(text)) {
      return new BodyClause(trimName(text), List.of(), "");
    }
    return new BodyClause(null, List.of(), taskText(text));
  }

  private static BodyClause withCooperation(String lead, String rest) {
    String task = taskText(rest);
    if (lead.isEmpty()) {
      return new BodyClause(null, List.of(), task);
    }
    return new BodyClause(lead, cooperating(task), task);
  }

  /** After "chủ trì, phối hợp (với)": the names up to the next verb or the end of the clause. */
  static List<String> cooperating(String task) {
    Words words = Words.of(task);
    int index = -1;
    for (String opening : COOPERATION_OPENINGS) {
      if (words.matchesAt(0, opening)) {
        index = opening.split(" ").length;
        break;
      }
    }
    if (index < 0) {
      return List.of();
    }
    if (words.matchesAt(index, "voi") || words.matchesAt(index, "cung")) {
      index++;
    }
    if (index >= words.size()) {
      return List.of();
    }
    // from the end of "phối hợp (với)", so that an opening quote stays with its name
    int start = words.get(index - 1).end();
    int end = clauseEnd(task, start);
    int verb = TaskVerbs.firstVerb(words, index);
    if (verb > index && words.get(verb).start() < end) {
      end = words.get(verb).start();
    }
    return BodyLists.cooperating(task.substring(start, end));
  }

  /** "chủ trì, phối hợp với", "có trách nhiệm phối hợp với", "phối hợp chặt chẽ với" ... (folded). */
  private static final List<String> COOPERATION_OPENINGS = List.of("chu tri phoi hop chat che quyet liet",
      "chu tri phoi hop chat che", "chu tri phoi hop", "co trach nhiem chu tri phoi hop",
      "co trach nhiem phoi hop", "chiu trach nhiem chu tri phoi hop", "chiu trach nhiem phoi hop",
      "chu tri va phoi hop");

  /** The first ";" or sentence end outside quotes. */
  private static int clauseEnd(String text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '”' || c == '"') {
        quoted = c == '“' || (c == '"' && !quoted);
      } else if (!quoted && (c == ';' || (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')))) {
        return i;
      }
    }
    return text.length();
  }

  /** "cấp ủy các cấp, tổ chức chính trị - xã hội" → two names; a comma inside quotes stays. */
  static List<String> splitNames(String list) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '“' || c == '”' || c == '"') {
        quoted = c == '“' || (c == '"' && !quoted);
        current.append(c);
      } else if (!quoted && (c == ',' || c == ';')) {
        names.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    names.add(current.toString());
    return names.stream().map(BodyClauseReader::trimName).filter(n -> !n.isEmpty()).toList();
  }

  /** Without edge punctuation and quotes: "“Tổ tự quản phòng cháy, chữa cháy”." → "Tổ tự quản ...". */
  static String trimName(String name) {
    String trimmed = EDGE_PUNCTUATION.matcher(name.strip()).replaceAll("");
    while (!trimmed.isEmpty() && (QUOTES.indexOf(trimmed.charAt(0)) >= 0
        || QUOTES.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0)) {
      if (QUOTES.indexOf(trimmed.charAt(0)) >= 0) {
        trimmed = trimmed.substring(1);
      }
      if (!trimmed.isEmpty() && QUOTES.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      trimmed = EDGE_PUNCTUATION.matcher(trimmed).replaceAll("");
    }
    return trimmed;
  }

  private static String taskText(String rest) {
    return VietnameseText.capitalise(rest.strip().replaceFirst("^[\\s,;:.\\-–]+", ""));
  }

  private static int wordsBefore(Words words, int position) {
    int count = 0;
    while (count < words.size() && words.get(count).end() <= position) {
      count++;
    }
    return count;
  }

  /** Names are capitalised ("Văn phòng Sở", "“Tổ tự quản ...”", "UBND phường"). */
  private static boolean startsAsName(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
