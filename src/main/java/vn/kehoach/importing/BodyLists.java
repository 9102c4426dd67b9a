package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list of bodies as written into one name each: "Bộ Xây dựng, Bộ Tài nguyên và Môi trường", "Bộ Ngoại giao
 * và Bộ Công an", "Các Bộ: Quốc phòng, Xây dựng" (each "Bộ ..."), while "UBND các huyện, thị xã, thành phố", "Trưởng
 * các phòng, đơn vị thuộc Sở" and "Sở Kế hoạch và Đầu tư" stay one body. No regular expression runs over the whole
 * list: a name is cut only at a comma or semicolon outside quotes, or at "và" before the head of a body's name.
 */
final class BodyLists {

  /** Folded words a body's name starts with ("Sở ...", "UBND ...", "Chủ tịch UBND ..."). */
  private static final List<String> HEADS = List.of("bo", "so", "ban", "uy ban", "ubnd", "hdnd", "hoi dong",
      "dang uy", "dang bo", "chi bo", "cong an", "van phong", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy",
      "mat tran", "uy ban mttq", "mttq", "lien doan", "hoi", "tinh doan", "thanh doan", "doan thanh nien",
      "bo chi huy", "bo tu lenh", "phong", "trung tam", "dai", "bao", "vien", "toa an", "kiem toan", "thanh tra",
      "cuc", "tong cuc", "chu tich", "giam doc", "thu truong", "truong", "ngan hang", "kho bac", "bao hiem",
      "chinh phu", "thu tuong", "hoc vien", "tap doan", "tong cong ty", "cong ty", "cac bo", "cac so", "cac co quan",
      "cac don vi", "cac to chuc", "cac dia phuong", "cac quan", "cac huyen", "cac dang uy", "cac ban", "cac cap",
      "lanh dao", "chanh van phong", "vks", "vien kiem sat", "ban chi dao", "ban chi huy");
  /** Words that go on an enumeration of kinds after "các": "các huyện, thị xã, thành phố", "các sở, ban, ngành". */
  private static final List<String> ENUMERATION = List.of("thi xa", "thanh pho", "thi tran", "quan", "huyen", "xa",
      "phuong", "nganh", "ban", "don vi", "doan the", "dia phuong", "so", "phong", "dac khu");
  /** "Các Bộ: Quốc phòng, Xây dựng" — a shared head before a colon. */
  private static final Pattern SHARED_HEAD =
      Pattern.compile("^(?:các|Các)\\s+(Bộ|Sở|Ban|Ủy ban|Cục|Vụ)\\s*:\\s*", Pattern.UNICODE_CASE);

  private BodyLists() {}

  /** The lead bodies of "X, Y chủ trì": cut only where the next part starts with a body's head. */
  static List<String> leads(String names) {
    return split(names, true);
  }

  /** Cooperating bodies: cut at every comma but inside an enumeration of kinds ("các huyện, thị xã"). */
  static List<String> cooperating(String names) {
    return split(names, false);
  }

  /** A table cell or any list: as {@link #cooperating}. */
  static List<String> all(String names) {
    return split(names, false);
  }

  private static List<String> split(String names, boolean strict) {
    String text = names.strip();
    String sharedHead = null;
    Matcher shared = SHARED_HEAD.matcher(text);
    if (shared.lookingAt()) {
      sharedHead = shared.group(1);
      text = text.substring(shared.end());
    }
    List<String> parts = new ArrayList<>();
    for (String piece : BodyClauseReader.splitNames(text)) {
      if (parts.isEmpty() || startsNewBody(piece, parts.get(parts.size() - 1), strict)) {
        parts.add(piece);
      } else {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + piece);
      }
    }
    List<String> bodies = new ArrayList<>();
    for (String part : parts) {
      for (String name : splitAtAnd(part, strict)) {
        String trimmed = BodyClauseReader.trimName(name);
        if (trimmed.isEmpty()) {
          continue;
        }
        bodies.add(sharedHead != null && !startsWithHead(trimmed) ? sharedHead + " " + trimmed : trimmed);
      }
    }
    return bodies;
  }

  private static boolean startsNewBody(String piece, String before, boolean strict) {
    Words words = Words.of(piece.strip());
    Words previous = Words.of(before);
    if (strict) {
      // "Cấp ủy các chi bộ, đảng bộ cơ sở": after "X các ...", a comma goes on with the kinds X is of
      for (int i = 1; i < previous.size(); i++) {
        if (previous.folded(i).equals("cac")) {
          return false;
        }
      }
      // "Ban Thường vụ Tỉnh ủy, Thành ủy": a bare head goes on with the name before it
      return words.size() >= 2 && startsWithHead(words) && !onlyHead(words);
    }
    boolean afterPlural = false;
    for (int i = 0; i < previous.size(); i++) {
      afterPlural |= previous.folded(i).equals("cac");
    }
    return !(afterPlural && ENUMERATION.stream().anyMatch(word -> words.matchesAt(0, word)
        && (words.size() == word.split(" ").length || !startsWithHead(words))));
  }

  /** "Bộ Ngoại giao và Bộ Công an" → two; "Sở Kế hoạch và Đầu tư" → one. */
  private static List<String> splitAtAnd(String part, boolean strict) {
    Words words = Words.of(part);
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 1; i + 1 < words.size(); i++) {
      // a lead "Ủy ban MTTQ và các tổ chức chính trị - xã hội phường" is one collective body
      boolean kindOnly = strict && words.folded(i + 1).equals("cac");
      if ((words.folded(i).equals("va") || words.folded(i).equals("cung")) && startsWithHead(words, i + 1)
          && !kindOnly) {
        names.add(part.substring(start, words.get(i).start()));
        start = words.get(i + 1).start();
      }
    }
    names.add(part.substring(start));
    return names;
  }

  /** "Các bộ, ngành", "các sở, ban, ngành", "các cơ quan, đơn vị": bodies named only by their kind. */
  static boolean onlyKinds(String name) {
    Words words = Words.of(name);
    if (words.size() < 2 || !words.folded(0).equals("cac")) {
      return false;
    }
    for (int i = 1; i < words.size(); i++) {
      if (!KIND_WORDS.contains(words.folded(i))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> KIND_WORDS = java.util.Set.of("bo", "so", "ban", "nganh", "co", "quan",
      "don", "vi", "dia", "phuong", "to", "chuc", "doan", "the", "cap", "lien", "khac", "huu", "tw", "trung", "uong");

  static boolean startsWithHead(String name) {
    return startsWithHead(Words.of(name));
  }

  private static boolean onlyHead(Words words) {
    return HEADS.stream().anyMatch(head -> words.matchesAt(0, head) && head.split(" ").length == words.size());
  }

  private static boolean startsWithHead(Words words) {
    return startsWithHead(words, 0);
  }

  private static boolean startsWithHead(Words words, int index) {
    return HEADS.stream().anyMatch(head -> words.matchesAt(index, head));
  }
}
