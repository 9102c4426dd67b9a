package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phases, each a range: "giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)", "Giai đoạn I: từ năm 2021 đến năm 2023
 * ... Giai đoạn II: từ năm 2024 đến năm 2025", "giai đoạn 2021-2025 và giai đoạn 2026-2030". Numbered phases follow
 * each other (1, 2, 3) with any text of a few sentences between them; unnumbered ones must stand side by side. One
 * phase alone is a range, which {@link RangeExpressions} reads.
 */
final class PhaseExpressions implements Expressions {

  private static final Pattern LABEL = FoldedPattern.compile("(?<![a-z])giai doan(?: (?<n>[1-9]|iv|v|i{1,3}|mot|hai|ba"
      + "|thu (?:nhat|hai|ba)))?(?![a-z0-9])\\s*[(:,-]?\\s*");
  private static final Pattern SPAN = FoldedPattern.compile("(?:tu )?(?:nam )?(?<a>(?:19|20)\\d{2})\\s*(?:-|den|toi)"
      + "\\s*(?:het )?(?:nam )?(?<b>(?:19|20)\\d{2})(?!\\d)(?!\\s*[/.-]\\s*\\d)");
  /** "Giai đoạn 1: đến hết năm 2025": from the document's date. */
  private static final Pattern UNTIL = FoldedPattern.compile("(?:tu nay )?(?:den|toi) (?:het )?(?:nam )?"
      + "(?<b>(?:19|20)\\d{2})(?!\\d)");
  private static final Pattern ONE_YEAR = FoldedPattern.compile("(?:trong )?(?:nam )?(?<a>(?:19|20)\\d{2})(?!\\d)"
      + "(?!\\s*[/.-]\\s*\\d)");
  /** Between unnumbered phases: "; ", " và ", ", ". */
  private static final Pattern SIDE_BY_SIDE = Pattern.compile("[\\s),;.]*(?:va\\s*)?");
  /** How far apart numbered phases may be described. */
  private static final int NUMBERED_GAP = 600;

  private static final Map<String, Integer> NUMERALS = Map.ofEntries(Map.entry("i", 1), Map.entry("ii", 2),
      Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("v", 5), Map.entry("mot", 1), Map.entry("hai", 2),
      Map.entry("ba", 3), Map.entry("thu nhat", 1), Map.entry("thu hai", 2), Map.entry("thu ba", 3));

  /** One phase: its label from {@code start}, its range read up to {@code end}; {@code number} 0 if unnumbered. */
  private record Phase(int start, int end, int number, DateRange range) {}

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    String folded = text.folded();
    List<Phase> phases = new ArrayList<>();
    Matcher label = LABEL.matcher(folded);
    while (label.find()) {
      Phase phase = phase(folded, label, reference);
      if (phase != null) {
        phases.add(phase);
      }
    }
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < phases.size()) {
      int j = i + 1;
      while (j < phases.size() && follows(folded, phases.get(j - 1), phases.get(j))) {
        j++;
      }
      if (j - i >= 2) {
        List<DateRange> ranges = phases.subList(i, j).stream().map(Phase::range).toList();
        int start = phases.get(i).start();
        int end = phases.get(j - 1).end();
        found.add(new Candidate(start, end, Strength.SPECIFIC,
            ParsedDeadline.phased(text.raw(), text.original(start, end), ranges)));
      }
      i = j;
    }
    return found;
  }

  private static Phase phase(String folded, Matcher label, LocalDate reference) {
    String numeral = label.group("n");
    int number = numeral == null ? 0 : NUMERALS.getOrDefault(numeral, numeral.matches("\\d") ? Integer.parseInt(numeral)
        : 0);
    int at = label.end();
    Matcher fromTo = RangeExpressions.FROM_TO.matcher(folded).region(at, folded.length());
    if (fromTo.lookingAt()) {
      RangeExpressions.End b = RangeExpressions.End.of(fromTo, "b");
      RangeExpressions.End a = fromTo.group("now") != null ? RangeExpressions.End.day(reference)
          : RangeExpressions.End.of(fromTo, "a");
      if (a == null || b == null) {
        return null;
      }
      RangeExpressions.Resolved range = RangeExpressions.resolve(a, b, reference);
      return range.problem() != null ? null
          : new Phase(label.start(), fromTo.end(), number, new DateRange(range.start(), range.lastDay()));
    }
    Matcher span = SPAN.matcher(folded).region(at, folded.length());
    if (span.lookingAt()) {
      int first = Integer.parseInt(span.group("a"));
      int last = Integer.parseInt(span.group("b"));
      return last < first ? null : new Phase(label.start(), span.end(), number,
          new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
    }
    Matcher until = UNTIL.matcher(folded).region(at, folded.length());
    if (until.lookingAt() && number > 0) {
      LocalDate last = LocalDate.of(Integer.parseInt(until.group("b")), 12, 31);
      return last.isBefore(reference) ? null : new Phase(label.start(), until.end(), number,
          new DateRange(reference, last));
    }
    Matcher year = ONE_YEAR.matcher(folded).region(at, folded.length());
    if (year.lookingAt() && number > 0) {
      int y = Integer.parseInt(year.group("a"));
      return new Phase(label.start(), year.end(), number, new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    return null;
  }

  private static boolean follows(String folded, Phase previous, Phase next) {
    if (next.range().start().isBefore(previous.range().start())) {
      return false;
    }
    if (previous.number() > 0 && next.number() == previous.number() + 1) {
      return next.start() - previous.end() <= NUMBERED_GAP;
    }
    return previous.number() == 0 && next.number() == 0
        && SIDE_BY_SIDE.matcher(folded.substring(previous.end(), next.start())).matches();
  }
}
