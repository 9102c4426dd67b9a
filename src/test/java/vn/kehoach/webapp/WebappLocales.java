package vn.kehoach.webapp;

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
import java.util.List;
import java.util.Map;

/**
 * The Camunda webapps' files as the application serves them, read from the classpath: Camunda's own from its webjar,
 * ours from src/main/resources/META-INF/resources/webjars/camunda/ (which comes first on the classpath and so
 * replaces the webjar's file of the same path).
 */
final class WebappLocales {

  static final String ROOT = "META-INF/resources/webjars/camunda/";
  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {}

  /** Every copy of a path on the classpath, first the one that is served. */
  static List<URL> copies(String path) {
    try {
      return Collections.list(WebappLocales.class.getClassLoader().getResources(ROOT + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The copy shipped in Camunda's webjar (camunda-webapp-webjar-*.jar). */
  static URL fromWebjar(String path) {
    return copies(path).stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + ROOT + path + " in Camunda's webjar on the classpath"));
  }

  /** Our copy, the one served: the first on the classpath, and not in a jar. */
  static URL ours(String path) {
    List<URL> copies = copies(path);
    if (copies.isEmpty() || copies.get(0).toString().contains("camunda-webapp-webjar")) {
      throw new AssertionError("the project has no " + ROOT + path + " of its own (src/main/resources), or it is not "
          + "served before the webjar's: " + copies);
    }
    return copies.get(0);
  }

  static String text(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's locale files start with a byte-order mark
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(url.toString(), e);
    }
  }

  static JsonNode json(URL url) {
    try {
      return JSON.readTree(text(url));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + url, e);
    }
  }

  /** Each value of a locale file by its path, e.g. labels.CLAIM_TASK, dateLocales.months[0], dateLocales.week.dow. */
  static Map<String, JsonNode> leaves(JsonNode locale) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect(locale, "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        collect(node.get(name), path.isEmpty() ? name : path + "." + name, leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
