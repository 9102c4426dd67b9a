package vn.kehoach.deadline.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The table in {@code /deadline/phrases.csv} and the seed documents beside it. */
final class PhraseTable {

  static final String RESOURCE = "/deadline/phrases.csv";

  private PhraseTable() {}

  /** "\n" is a line break, "\r" a carriage return, "\\uXXXX" any character (NFD marks, no-break spaces). */
  static String unescape(String escaped) {
    if (escaped == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\' || i + 1 == escaped.length()) {
        text.append(c);
        continue;
      }
      char next = escaped.charAt(++i);
      switch (next) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 'u' -> {
          text.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> text.append(next);
      }
    }
    return text.toString();
  }

  static String resource(String path) {
    try (InputStream in = PhraseTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
