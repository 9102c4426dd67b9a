package vn.kehoach.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Our vi.json of each Camunda webapp against the en.json shipped in Camunda's webjar (7.24): every key translated,
 * nothing left in English, placeholders, markup and links kept, the end-of-life banner empty. Plain classpath
 * reading, no Spring context: a new Camunda version with new keys fails here first, naming them.
 */
class WebappLocaleCompletenessTest {

  static final List<String> APPS = WebappLocales.APPS;

  /**
   * Values that stay as in English on purpose: product names, the glossary's "tenant", and what is not a word
   * (abbreviations, the engine's variable type names as Cockpit shows them, literals and an input pattern).
   */
  static final Set<String> SAME_AS_ENGLISH = Set.of(
      "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist", "Admin", "Optimize",
      "Tenant",
      "ID", "CSV", "JSON",
      "Boolean", "Double", "Integer", "Long", "Short", "String",
      "<null>", "<undefined>", "<Operation>", "<definition>", "<version>", "YYYY-MM-DDTHH:mm:ss");

  /** Of the moment.js date locale only the words must be Vietnamese; calendar and date patterns may be the same. */
  static final Pattern DATE_WORDS =
      Pattern.compile("dateLocales\\.(months|monthsShort|weekdays|weekdaysShort|weekdaysMin|relativeTime)\\b.*");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  static final Pattern TAG = Pattern.compile("</?(a|b|br|code|em|i|kbd|li|p|pre|span|strong|ul)\\b[^>]*>");
  static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  static Map<String, JsonNode> english(String app) {
    return WebappLocales.leaves(WebappLocales.json(WebappLocales.fromWebjar("app/" + app + "/locales/en.json")));
  }

  static Map<String, JsonNode> vietnamese(String app) {
    return WebappLocales.leaves(WebappLocales.json(WebappLocales.ours("app/" + app + "/locales/vi.json")));
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void everyKeyOfTheShippedEnglishFileHasAVietnameseValueAndThereAreNoOthers(String app) {
    Map<String, JsonNode> en = english(app);
    Map<String, JsonNode> vi = vietnamese(app);
    List<String> missing = en.keySet().stream().filter(key -> !vi.containsKey(key)).toList();
    List<String> unknown = vi.keySet().stream().filter(key -> !en.containsKey(key)).toList();
    assertThat(missing).as("keys of Camunda's %s/locales/en.json without Vietnamese in our vi.json", app).isEmpty();
    assertThat(unknown).as("keys of our %s/locales/vi.json that Camunda's en.json does not have", app).isEmpty();
    List<String> wrongType = en.keySet().stream()
        .filter(key -> en.get(key).getNodeType() != vi.get(key).getNodeType()).toList();
    assertThat(wrongType).as("%s: values of another JSON type than in en.json", app).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void noValueIsLeftInEnglish(String app) {
    Map<String, JsonNode> en = english(app);
    Map<String, JsonNode> vi = vietnamese(app);
    Map<String, String> untranslated = new TreeMap<>();
    en.forEach((key, english) -> {
      boolean words = key.startsWith("labels.") || DATE_WORDS.matcher(key).matches();
      String text = english.asText();
      if (words && english.isTextual() && text.chars().anyMatch(Character::isLetter) && vi.containsKey(key)
          && vi.get(key).asText().equals(text) && !SAME_AS_ENGLISH.contains(text)) {
        untranslated.put(key, text);
      }
    });
    assertThat(untranslated).as("%s: values of vi.json still the English ones (not product names)", app).isEmpty();
    List<String> emptied = en.keySet().stream()
        .filter(key -> key.startsWith("labels.") && !isBanner(key) && vi.containsKey(key))
        .filter(key -> !en.get(key).asText().isBlank() && vi.get(key).asText().isBlank())
        // an English plural ending ("batch" + "s") has nothing to say in Vietnamese
        .filter(key -> !en.get(key).asText().equals("s")).toList();
    assertThat(emptied).as("%s: values left empty in vi.json that are not empty in en.json", app).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void placeholdersMarkupAndLinksOfTheEnglishValueAreKept(String app) {
    Map<String, JsonNode> en = english(app);
    Map<String, JsonNode> vi = vietnamese(app);
    List<String> problems = new ArrayList<>();
    en.forEach((key, english) -> {
      if (!english.isTextual() || isBanner(key) || !vi.containsKey(key)) {
        return;
      }
      String text = english.asText();
      String translated = vi.get(key).asText();
      compare(key, "placeholders", all(PLACEHOLDER, text, 0), all(PLACEHOLDER, translated, 0), problems);
      compare(key, "HTML tags", all(TAG, text, 1), all(TAG, translated, 1), problems);
      compare(key, "links", all(HREF, text, 1), all(HREF, translated, 1), problems);
    });
    assertThat(problems).as("%s: vi.json values that lost what the app fills in or renders", app).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void theEndOfLifeBannerSaysNothing(String app) {
    Map<String, JsonNode> en = english(app);
    Map<String, JsonNode> vi = vietnamese(app);
    List<String> banners = en.keySet().stream().filter(WebappLocaleCompletenessTest::isBanner).toList();
    assertThat(banners).as("%s: the banner's keys in en.json", app).contains("labels.BANNER_CE_EOL_TEXT");
    for (String key : banners) {
      assertThat(vi.get(key)).as("%s: %s in vi.json", app, key).isNotNull();
      assertThat(vi.get(key).asText()).as("%s: %s in vi.json", app, key).isEmpty();
    }
  }

  static boolean isBanner(String key) {
    return key.startsWith("labels.BANNER_");
  }

  /** The matches (or one group of them), whitespace removed, sorted: {{ name }} and {{name}} are the same. */
  static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(group == 0 ? matcher.group().replaceAll("\\s", "") : matcher.group(group).replaceAll("\\s", ""));
    }
    found.sort(null);
    return found;
  }

  static void compare(String key, String what, List<String> english, List<String> vietnamese, List<String> problems) {
    if (!english.equals(vietnamese)) {
      problems.add(key + ": " + what + " " + english + " in English, " + vietnamese + " in Vietnamese");
    }
  }
}
