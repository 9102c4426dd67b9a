package vn.kehoach.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects the differences between an expected JSON document and what the importer produced, by path. */
final class GoldenComparison {

  private final Map<String, String> differences = new LinkedHashMap<>();

  Map<String, String> differences() {
    return differences;
  }

  /** Compares a value with the expected node's text (or null); absent expected fields are not compared. */
  void value(String path, JsonNode expected, Object actual) {
    if (expected == null || expected.isMissingNode()) {
      return;
    }
    String want = expected.isNull() ? null : expected.asText();
    String got = actual == null ? null : actual.toString();
    if (!Objects.equals(want, got)) {
      differences.put(path, "expected <" + want + "> but was <" + got + ">");
    }
  }

  void list(String path, List<String> expected, List<String> actual) {
    if (!expected.equals(actual)) {
      differences.put(path, "expected " + expected + " but was " + actual);
    }
  }

  void startsWith(String path, JsonNode expected, String actual) {
    if (expected == null || expected.isMissingNode()) {
      return;
    }
    if (actual == null || !actual.startsWith(expected.asText())) {
      differences.put(path, "expected to start with <" + expected.asText() + "> but was <" + shorten(actual) + ">");
    }
  }

  void contains(String path, JsonNode expected, String actual) {
    if (expected == null || expected.isMissingNode()) {
      return;
    }
    for (JsonNode part : expected) {
      if (actual == null || !actual.contains(part.asText())) {
        differences.put(path, "expected to contain <" + part.asText() + "> but was <" + shorten(actual) + ">");
      }
    }
  }

  void size(String path, JsonNode expected, List<?> actual) {
    if (expected.size() != actual.size()) {
      differences.put(path + ".size", "expected " + expected.size() + " entries but was " + actual.size() + ": "
          + actual);
    }
  }

  /**
   * Entries compared by name, so that one missing or extra entry shows as itself and not as a shift of all that
   * follow; the order of the common entries is checked apart.
   */
  <T> void byName(String path, JsonNode expected, List<T> actual, java.util.function.Function<T, String> name,
                  EntryCheck<T> check) {
    List<T> unused = new ArrayList<>(actual);
    List<String> expectedOrder = new ArrayList<>();
    for (JsonNode entry : expected) {
      String key = entry.get("name").asText();
      T found = unused.stream().filter(a -> key.equals(name.apply(a))).findFirst().orElse(null);
      String entryPath = path + "[name=" + key + "]";
      if (found == null) {
        differences.put(entryPath, "expected but missing");
      } else {
        unused.remove(found);
        expectedOrder.add(key);
        check.compare(entryPath, entry, found);
      }
    }
    for (T extra : unused) {
      differences.put(path + "[name=" + name.apply(extra) + "]", "not expected: " + extra);
    }
    List<String> actualOrder = actual.stream().map(name).filter(expectedOrder::contains).toList();
    if (!actualOrder.equals(expectedOrder)) {
      differences.put(path + ".order", "expected order " + expectedOrder + " but was " + actualOrder);
    }
  }

  interface EntryCheck<T> {
    void compare(String path, JsonNode expected, T actual);
  }

  private static String shorten(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}
