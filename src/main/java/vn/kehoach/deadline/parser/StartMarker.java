package vn.kehoach.deadline.parser;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "từ ngày 01/5/2024 đến ngày 15/5/2024": a date or period after "từ" is where work starts, not its deadline. */
final class StartMarker {

  private static final Pattern FROM = Pattern.compile("(?<![a-z])tu\\s*$");
  private static final Set<String> SPELLINGS = Set.of("từ");

  private StartMarker() {}

  static boolean precedes(NormalisedText text, int start) {
    Matcher from = FROM.matcher(text.folded()).region(Math.max(0, start - 6), start).useTransparentBounds(true);
    return from.find() && text.spelledAs(from.start(), from.start() + 2, SPELLINGS);
  }
}
