package vn.kehoach.deadline.parser;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "từ ngày 01/5/2024 đến ngày 15/5/2024": a date or period after "từ" is where work starts, not its deadline; after
 * "sau" ("sau ngày 15 tháng 9 năm 2021") it is when something happens after, not a deadline either.
 */
final class StartMarker {

  private static final Pattern FROM = Pattern.compile("(?<![a-z])(?:tu|sau)\\s*$");
  private static final Set<String> SPELLINGS = Set.of("từ", "sau");

  private StartMarker() {}

  static boolean precedes(NormalisedText text, int start) {
    Matcher from = FROM.matcher(text.folded()).region(Math.max(0, start - 6), start).useTransparentBounds(true);
    return from.find() && text.spelledAs(from.start(), from.start() + (text.folded().startsWith("sau", from.start())
        ? 3 : 2), SPELLINGS);
  }
}
