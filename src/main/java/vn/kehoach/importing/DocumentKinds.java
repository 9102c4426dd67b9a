package vn.kehoach.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The kinds of documents and their type codes, as numbers write them ("KH" in "37-KH/ĐUK"). */
public final class DocumentKinds {

  /** Folded kind name → type code. */
  private static final Map<String, String> CODES = new LinkedHashMap<>();
  /** Type code → kind name as written in a sentence. */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    add("ke hoach", "KH", "Kế hoạch");
    add("chi thi", "CT", "Chỉ thị");
    add("ket luan", "KL", "Kết luận");
    add("nghi quyet", "NQ", "Nghị quyết");
    add("cong van", "CV", "Công văn");
    add("cong dien", "CĐ", "Công điện");
    add("bao cao", "BC", "Báo cáo");
    add("quyet dinh", "QĐ", "Quyết định");
    add("huong dan", "HD", "Hướng dẫn");
    add("thong bao", "TB", "Thông báo");
    add("nghi dinh", "NĐ", "Nghị định");
    add("thong tu", "TT", "Thông tư");
    add("chuong trinh", "CTr", "Chương trình");
    add("quy dinh", "QĐi", "Quy định");
    add("to trinh", "TTr", "Tờ trình");
    add("de an", "ĐA", "Đề án");
    add("thong tri", "TTr", "Thông tri");
    add("luat", "L", "Luật");
    add("quy che", "QC", "Quy chế");
  }

  private DocumentKinds() {}

  private static void add(String folded, String code, String name) {
    CODES.put(folded, code);
    NAMES.putIfAbsent(code, name);
  }

  /** "KẾ HOẠCH" → KH; empty when the text is not exactly a kind's name. */
  static Optional<String> codeOf(String kindAsWritten) {
    return Optional.ofNullable(CODES.get(VietnameseText.key(kindAsWritten)));
  }

  /** "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "QUY CHẾ HOẠT ĐỘNG ...": the text starts with a kind's name. */
  static boolean startsWithKind(String text) {
    String key = VietnameseText.key(text);
    return CODES.keySet().stream().anyMatch(kind -> key.equals(kind) || key.startsWith(kind + " "));
  }

  /** CV → "Công văn". */
  public static Optional<String> nameOf(String code) {
    return Optional.ofNullable(code).map(NAMES::get);
  }

  /** The kind names for a regular expression alternation, longest first. */
  static String namesPattern() {
    return "Chỉ thị|Kết luận|Kế hoạch|Nghị quyết|Công văn|Công điện|Báo cáo|Quyết định|Hướng dẫn|Thông báo"
        + "|Nghị định|Thông tư|Chương trình|Quy định|Tờ trình|Đề án|Thông tri|Luật";
  }
}
