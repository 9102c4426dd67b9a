package vn.kehoach.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The English "chrome" of a Camunda webapp left on a page: the English labels of the app's en.json (Camunda's
 * webjar) found in the page's visible text. What is checked:
 *
 * <ul>
 *   <li>the page's text ({@code document.body.innerText}) less what is in parentheses (the system writes English in
 *       parentheses beside Vietnamese on purpose: "Quá hạn (Overdue)") and less the data the caller names (plans'
 *       titles, business keys, user names);
 *   <li>each label of en.json (its text between {@code {{placeholders}}} and markup) of at least two words, or of one
 *       word of five letters or more that our vi.json does not keep identical for the same key;
 *   <li>found as a whole phrase, on word boundaries, case-sensitive;
 *   <li>less {@link #ALLOWED}: product and technical names.
 * </ul>
 *
 * Also: the end-of-life banner ({@code .ce-eol-banner}, or any text "Camunda 8") is not shown.
 */
final class EnglishChrome {

  static final String ROOT = "META-INF/resources/webjars/camunda/app/";

  /**
   * English labels allowed on a Vietnamese page, each with why: product names are names, not chrome.
   */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      // each is a label of its own in en.json; the footer's "Camunda Platform" is hard-coded in cam-widget-footer
      Map.entry("Camunda", "product name: the footer's link 'Camunda Platform', our plugin's 'Cockpit của Camunda'"),
      Map.entry("Cockpit", "product name of the webapp, in the apps menu and our texts ('trong Cockpit')"),
      Map.entry("Tasklist", "product name of the webapp, in the apps menu"),
      Map.entry("Admin", "product name of the webapp, in the apps menu"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, EnglishChrome> BY_APP = new ConcurrentHashMap<>();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|<[^>]*>|&[a-z]+;|\\$\\{.*?}");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

  final String app;
  /** Each English phrase to look for, with the en.json key it comes from. */
  final Map<String, String> phrases;
  private final List<Map.Entry<String, Pattern>> patterns = new ArrayList<>();

  private EnglishChrome(String app) {
    this.app = app;
    Map<String, String> english = leaves(json(fromWebjar(app + "/locales/en.json")));
    Map<String, String> vietnamese = leaves(json(ours(app + "/locales/vi.json")));
    Map<String, String> found = new LinkedHashMap<>();
    for (Map.Entry<String, String> label : english.entrySet()) {
      if (!label.getKey().startsWith("labels.")) {
        continue; // dateLocales: month and day names; the apps show dates as dd/MM/yyyy
      }
      for (String fragment : PLACEHOLDER.split(label.getValue())) {
        String phrase = fragment.replaceAll("\\s+", " ").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (phrase.isEmpty() || ALLOWED.containsKey(phrase) || !phrase.matches(".*\\p{L}.*")) {
          continue;
        }
        boolean phraseOfWords = phrase.split(" ").length >= 2;
        boolean longWord = !phraseOfWords && phrase.codePointCount(0, phrase.length()) >= 5
            && !phrase.equals(vietnamese.get(label.getKey()) == null ? null
                : vietnamese.get(label.getKey()).strip());
        if (phraseOfWords || longWord) {
          found.putIfAbsent(phrase, label.getKey());
        }
      }
    }
    this.phrases = Collections.unmodifiableMap(found);
    for (String phrase : found.keySet()) {
      patterns.add(Map.entry(phrase, Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(phrase)
          + "(?![\\p{L}\\p{N}_])")));
    }
  }

  /** The check for one app: tasklist, cockpit, admin or welcome. */
  static EnglishChrome of(String app) {
    return BY_APP.computeIfAbsent(app, EnglishChrome::new);
  }

  /**
   * The English labels on the page, each as "phrase [en.json key] …context…"; empty when there is none. {@code data}:
   * texts of the page that are data, not chrome (removed before looking).
   */
  List<String> findIn(ChromeDriver driver, String... data) {
    String text = (String) driver.executeScript("return document.body.innerText");
    return findIn(text, data);
  }

  List<String> findIn(String pageText, String... data) {
    String text = pageText;
    for (String datum : data) {
      if (datum != null && !datum.isBlank()) {
        text = text.replace(datum, " ");
      }
    }
    String previous;
    do {
      previous = text;
      text = PARENTHESES.matcher(text).replaceAll(" ");
    } while (!text.equals(previous));
    text = text.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ");
    Set<String> found = new LinkedHashSet<>();
    for (Map.Entry<String, Pattern> phrase : patterns) {
      var matcher = phrase.getValue().matcher(text);
      if (matcher.find()) {
        int from = Math.max(0, matcher.start() - 40);
        int to = Math.min(text.length(), matcher.end() + 40);
        found.add("'" + phrase.getKey() + "' [" + phrases.get(phrase.getKey()) + "] …"
            + text.substring(from, to).replace('\n', '⏎') + "…");
      }
    }
    return new ArrayList<>(found);
  }

  /** What is wrong with the page: English labels, the end-of-life banner; empty when nothing. */
  List<String> problems(ChromeDriver driver, String... data) {
    List<String> problems = new ArrayList<>(findIn(driver, data));
    if (driver.findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed)) {
      problems.add("the end-of-life banner .ce-eol-banner is shown");
    }
    String text = (String) driver.executeScript("return document.body.innerText");
    if (text.contains("Camunda 8")) {
      problems.add("the text 'Camunda 8' (the end-of-life banner's) is shown");
    }
    return problems;
  }

  // --- the locale files ----------------------------------------------------------------------------------------

  static URL fromWebjar(String path) {
    return copies(path).stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + ROOT + path + " in Camunda's webjar on the classpath"));
  }

  static URL ours(String path) {
    return copies(path).stream().filter(url -> !url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new AssertionError("the project has no " + ROOT + path));
  }

  private static List<URL> copies(String path) {
    try {
      return Collections.list(EnglishChrome.class.getClassLoader().getResources(ROOT + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException(url.toString(), e);
    }
  }

  private static Map<String, String> leaves(JsonNode locale) {
    Map<String, String> leaves = new LinkedHashMap<>();
    collect(locale, "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String path, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(field.getValue(),
          path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", leaves);
      }
    } else if (node.isTextual()) {
      leaves.put(path, node.asText());
    }
  }
}
