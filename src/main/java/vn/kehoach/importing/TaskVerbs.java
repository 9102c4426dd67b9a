package vn.kehoach.importing;

import java.util.List;
import java.util.Set;

/**
 * The verbs a task starts with. Where a body's name ends and its task begins is where the first such verb stands:
 * "Ủy ban Kiểm tra Tỉnh ủy | thường xuyên kiểm tra ...". The same words inside a name are not verbs: "Ban Tổ chức",
 * "Ủy ban Kiểm tra", "các tổ chức chính trị - xã hội".
 */
final class TaskVerbs {

  /** Folded; longer phrases first so that "phoi hop voi" is found before "phoi hop". */
  private static final List<String> VERBS = List.of("co trach nhiem", "chiu trach nhiem", "cu the hoa",
      "chu tri", "phoi hop", "lanh dao", "chi dao", "tham muu", "thuong xuyen", "to chuc", "tang cuong", "day manh",
      "giam sat", "theo doi", "xay dung", "trien khai", "thuc hien", "huong dan", "kiem tra", "quan triet",
      "bao cao", "tuyen truyen", "khan truong", "tiep tuc", "nghien cuu", "dinh ky", "ra soat", "don doc",
      "tong hop", "phat huy", "nang cao", "bo tri", "bao dam", "dam bao", "chu dong", "kip thoi", "tap trung",
      "ban hanh", "hang nam", "hang quy", "hang thang", "phai", "duoc giao", "can cu", "phu trach", "chuan bi",
      "tiep nhan", "van dong", "phan cong", "hoan thanh", "de xuat", "cung cap", "phat dong");
  /** A name word right before: "Ban Chỉ đạo", "Ủy ban Kiểm tra", "Đội Kiểm tra", "Tổ Tuyên truyền". */
  private static final Set<String> NAME_HEADS = Set.of("ban", "doi", "to");
  /** "Phòng Tổ chức", "Vụ Tổ chức", "Cục ... Tổ chức": only "tổ chức" after these is a name. */
  private static final Set<String> DEPARTMENT_HEADS = Set.of("phong", "vu", "cuc");
  /** "tổ chức" is a noun before these: "tổ chức chính trị", "tổ chức đảng", "tổ chức thành viên". */
  private static final Set<String> ORGANISATION_KINDS = Set.of("chinh", "dang", "doan", "thanh", "xa", "tu", "kinh",
      "phi", "ton", "quoc", "lien", "can");
  /** ... and after these: "các tổ chức", "những tổ chức". */
  private static final Set<String> PLURALS = Set.of("cac", "nhung", "moi");

  private TaskVerbs() {}

  /** The length in words of the task verb at {@code index}, or 0 when no verb starts there. */
  static int verbAt(Words words, int index) {
    for (String verb : VERBS) {
      if (words.matchesAt(index, verb) && !partOfName(words, index, verb)) {
        return verb.split(" ").length;
      }
    }
    return 0;
  }

  /** The index of the first task verb at or after {@code from}, or -1. */
  static int firstVerb(Words words, int from) {
    for (int i = Math.max(0, from); i < words.size(); i++) {
      if (verbAt(words, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean partOfName(Words words, int index, String verb) {
    String before = words.folded(index - 1);
    if (NAME_HEADS.contains(before)) {
      return true;
    }
    if (verb.equals("to chuc")) {
      return PLURALS.contains(before) || DEPARTMENT_HEADS.contains(before)
          || ORGANISATION_KINDS.contains(words.folded(index + 2));
    }
    return false;
  }
}
