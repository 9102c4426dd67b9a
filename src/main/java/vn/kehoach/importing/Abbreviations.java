package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations officials write for bodies. A short one ("TU", "CA", "TT") is read only in capitals, where it
 * cannot be a word ("tu" is also "từ", "tự"); a long one ("UBND", "MTTQ") in any case.
 */
final class Abbreviations {

  /** Folded abbreviation → folded words. */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("ubnd", "uy ban nhan dan"),
      Map.entry("hdnd", "hoi dong nhan dan"),
      Map.entry("mttq", "mat tran to quoc"),
      Map.entry("ubmttq", "uy ban mat tran to quoc"),
      Map.entry("vptu", "van phong tinh uy"),
      Map.entry("btv", "ban thuong vu"),
      Map.entry("btvtu", "ban thuong vu tinh uy"),
      Map.entry("ubkt", "uy ban kiem tra"),
      Map.entry("vpdu", "van phong dang uy"),
      Map.entry("vpub", "van phong uy ban"),
      Map.entry("bch", "ban chap hanh"),
      Map.entry("bcd", "ban chi dao"),
      Map.entry("btg", "ban tuyen giao"),
      Map.entry("bdv", "ban dan van"),
      Map.entry("btc", "ban to chuc"),
      Map.entry("duk", "dang uy khoi"),
      Map.entry("tu", "tinh uy"),
      Map.entry("du", "dang uy"),
      Map.entry("tg", "tuyen giao"),
      Map.entry("dv", "dan van"),
      Map.entry("ca", "cong an"),
      Map.entry("cat", "cong an tinh"),
      Map.entry("tt", "thuong truc"),
      Map.entry("tw", "trung uong"),
      Map.entry("vp", "van phong"),
      Map.entry("ub", "uy ban"),
      Map.entry("ld", "lanh dao"),
      Map.entry("cs", "canh sat"),
      Map.entry("tp", "thanh pho"),
      Map.entry("uv", "uy vien"));
  private static final Set<String> ANY_CASE = Set.of("ubnd", "hdnd", "mttq", "ubmttq", "vptu", "btvtu", "ubkt",
      "vpdu", "vpub");

  private Abbreviations() {}

  /** The folded words of a name with its abbreviations written out: "UBND phường" → [uy, ban, nhan, dan, phuong]. */
  static List<String> expand(String name) {
    List<String> words = new ArrayList<>();
    Words written = Words.of(VietnameseText.nfc(name));
    for (int i = 0; i < written.size(); i++) {
      Words.Word word = written.get(i);
      String asWritten = written.text().substring(word.start(), word.end());
      String expansion = WORDS.get(word.folded());
      boolean capitals = asWritten.length() >= 2 && VietnameseText.isUpperCase(asWritten);
      if (expansion != null && (capitals || ANY_CASE.contains(word.folded()))) {
        words.addAll(List.of(expansion.split(" ")));
      } else {
        words.add(word.folded());
      }
    }
    return words;
  }
}
