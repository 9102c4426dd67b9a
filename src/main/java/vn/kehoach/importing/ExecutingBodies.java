package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies line under a task of a State action programme: "- Cơ quan thực hiện: Sở Lao động - Thương binh và xã
 * hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố."
 * Bodies before "chủ trì" / "phối hợp" lead, bodies after "phối hợp với" cooperate, up to the end of the line (its
 * ";" separate bodies, not clauses). Bodies named only by kind ("các sở, ngành liên quan", "đơn vị, địa phương có
 * liên quan", "Liên đoàn Lao động cùng cấp") are no assignment.
 */
final class ExecutingBodies {

  /** What the line names, and a time label run on at its end ("... và địa phương -Thời gian thực hiện: ..."). */
  record Reading(List<String> leads, List<String> cooperating, String timeRunOn) {}

  /** "- Cơ quan thực hiện:", "Đơn vị chủ trì:", "Phối hợp:" (folded; group 1 or 2: what the label says they do). */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:[-–+•]\\s*)?(?:(?:co quan|don vi)\\s+(thuc hien|chu tri|phoi hop)|(chu tri|phoi hop))\\s*:\\s*");
  /** A time label in the same line (folded). */
  private static final Pattern TIME_RUN_ON =
      Pattern.compile("[-–+•]?\\s*(?:thoi gian(?: thuc hien| hoan thanh)|thoi han(?: hoan thanh)?)\\s*:");
  /** Names that are kinds, not bodies: "... có liên quan", "Liên đoàn Lao động cùng cấp" (folded key). */
  private static final Pattern KIND_NAME = Pattern.compile("\\blien quan\\b|\\bcung cap\\b|\\bchuc nang\\b");

  private ExecutingBodies() {}

  static boolean isLabel(String paragraph) {
    return LABEL.matcher(VietnameseText.fold(paragraph)).find();
  }

  static Reading read(String paragraph) {
    String folded = VietnameseText.fold(paragraph);
    Matcher label = LABEL.matcher(folded);
    if (!label.find()) {
      return new Reading(List.of(), List.of(), null);
    }
    String role = label.group(1) != null ? label.group(1) : label.group(2);
    int end = paragraph.length();
    String timeRunOn = null;
    Matcher time = TIME_RUN_ON.matcher(folded);
    if (time.find(label.end())) {
      end = time.start();
      timeRunOn = paragraph.substring(time.start());
    }
    String names = paragraph.substring(label.end(), end);
    if (role.equals("phoi hop")) {
      return new Reading(List.of(), bodies(names, false), timeRunOn);
    }
    Words words = Words.of(names);
    for (int i = 0; i < words.size(); i++) {
      if (words.matchesAt(i, "phoi hop")) {
        int after = i + 2 + (words.matchesAt(i + 2, "voi") || words.matchesAt(i + 2, "cung") ? 1 : 0);
        String cooperating = after < words.size() ? names.substring(words.get(after).start()) : "";
        return new Reading(bodies(names.substring(0, words.get(i).start()), true), bodies(cooperating, false),
            timeRunOn);
      }
    }
    return new Reading(bodies(names, true), List.of(), timeRunOn);
  }

  /** The named bodies of a list, up to its first verb ("chủ trì", "đôn đốc", "tham mưu thực hiện"). */
  private static List<String> bodies(String list, boolean leads) {
    List<String> bodies = new ArrayList<>();
    for (String name : leads ? BodyLists.leads(list) : BodyLists.cooperating(list)) {
      if (KIND_NAME.matcher(VietnameseText.key(name)).find()) {
        continue;
      }
      Words words = Words.of(name);
      int verb = firstLowerCaseVerb(name, words);
      String body = withoutKindsAfterAnd(verb > 0 ? name.substring(0, words.get(verb).start()) : name);
      body = BodyClauseReader.trimName(body);
      // a body's name is capitalised: "đơn vị, địa phương" and "các sở, ban, ngành" name kinds
      if (!body.isEmpty() && Character.isUpperCase(body.charAt(0)) && !BodyLists.onlyKinds(body)) {
        bodies.add(body);
      }
      if (verb > 0) {
        break;
      }
    }
    return bodies;
  }

  /** A verb in a name is capitalised ("Sở Xây dựng"): the first verb in lower case, or -1. */
  private static int firstLowerCaseVerb(String name, Words words) {
    for (int i = 1; i < words.size(); i++) {
      if (TaskVerbs.verbAt(words, i) > 0 && Character.isLowerCase(name.charAt(words.get(i).start()))) {
        return i;
      }
    }
    return -1;
  }

  /** "Liên đoàn Lao động tỉnh và địa phương" → "Liên đoàn Lao động tỉnh". */
  private static String withoutKindsAfterAnd(String name) {
    Words words = Words.of(name);
    for (int i = 1; i + 1 < words.size(); i++) {
      String rest = name.substring(words.get(i + 1).start());
      if (words.folded(i).equals("va") && BodyLists.onlyKinds("các " + BodyClauseReader.trimName(rest))) {
        return name.substring(0, words.get(i).start());
      }
    }
    return name;
  }
}
