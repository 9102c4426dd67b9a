package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A body's name reduced for comparison: folded words, with and without abbreviations written out, without a leading
 * "các"; and the level it names (tỉnh, phường, khối, huyện, xã, thành phố, trung ương), which must agree.
 */
record BodyName(List<String> words, List<String> expanded, Set<String> levels) {

  private static final Set<String> PLURAL = Set.of("cac", "nhung");

  static BodyName of(String name) {
    List<String> words = withoutPlural(List.of(VietnameseText.key(name).split(" ")));
    List<String> expanded = withoutPlural(Abbreviations.expand(name));
    return new BodyName(words, expanded, levels(expanded));
  }

  boolean isEmpty() {
    return words.isEmpty() || words.get(0).isEmpty();
  }

  String head() {
    return expanded.isEmpty() ? "" : expanded.get(0);
  }

  private static List<String> withoutPlural(List<String> words) {
    List<String> kept = new ArrayList<>(words);
    kept.removeIf(String::isEmpty);
    while (!kept.isEmpty() && PLURAL.contains(kept.get(0))) {
      kept.remove(0);
    }
    return List.copyOf(kept);
  }

  /** "tỉnh", "phường", "khối", "huyện", "xã" (not "xã hội"), "thành phố/thành ủy", "thị xã/thị ủy", "trung ương". */
  static Set<String> levels(List<String> words) {
    Set<String> levels = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      switch (word) {
        case "tinh", "phuong", "khoi", "huyen" -> levels.add(word);
        case "xa" -> {
          if (!next.equals("hoi")) {
            levels.add("xa");
          }
        }
        case "thanh" -> {
          if (next.equals("pho") || next.equals("uy")) {
            levels.add("thanh pho");
            i++;
          }
        }
        case "thi" -> {
          if (next.equals("xa") || next.equals("uy") || next.equals("tran")) {
            levels.add("thi");
            i++;
          }
        }
        case "trung" -> {
          if (next.equals("uong")) {
            levels.add("trung uong");
            i++;
          }
        }
        default -> { }
      }
    }
    return levels;
  }
}
