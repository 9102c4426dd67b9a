package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period, on time through its last day: a month ("trong tháng 4/2024", "tháng 4 năm 2024"), a quarter ("quý
 * II/2024", "quý 3 năm 2024"), a half year ("6 tháng đầu năm 2024") or a year ("trong năm 2024"). After "trước" the
 * work is late from the period's first day instead. Without a year: the next period not yet over.
 */
final class PeriodExpressions implements Expressions {

  private static final String DOING = "(?:hoan thanh|thuc hien xong|thuc hien|xong) ";
  private static final String QUALIFIER = "(?<qual>(?:" + DOING + ")?(?<before>truoc)|(?:" + DOING + ")?trong(?: ca)?"
      + "|den(?: het| cuoi)?|het|cuoi|hoan thanh|thuc hien xong|xong)";
  private static final String YEAR_AFTER = "(?:\\s*[/.-]\\s*(?<y>\\d{4})|\\s*,?\\s*nam (?<y2>\\d{4}))?(?!\\d)"
      + "(?!\\s*[/.-]\\s*\\d)";

  /** "6 tháng 1 lần" is a cycle, not January. */
  private static final Pattern MONTH = FoldedPattern.compile("(?<![a-z])(?<!ngay\\s\\d\\s)(?<!ngay\\s\\d\\d\\s)"
      + "(?:" + QUALIFIER + " )?thang (?<n>\\d{1,2})"
      + YEAR_AFTER + "(?! (?:mot |1 )?lan(?![a-z]))");
  private static final Pattern QUARTER = FoldedPattern.compile("(?<![a-z])(?:" + QUALIFIER + " )?(?<quy>quy) "
      + "(?<n>[ivx]+|\\d{1,2})(?![a-z0-9])" + YEAR_AFTER);
  private static final Pattern HALF = FoldedPattern.compile("(?<![a-z])(?:" + QUALIFIER + " )?"
      + "(?:(?:0?6|sau) thang|nua|(?:nhung|cac) thang) (?<part>dau|cuoi) nam(?: (?<y>\\d{4}))?(?!\\d)");
  /**
   * A bare "năm 2024" is in every title ("Kế hoạch công tác năm 2024"): a year is a deadline only after a verb, after
   * a label's colon ("Thời gian thực hiện: năm 2024"), or as the whole phrase.
   */
  private static final Pattern YEAR = FoldedPattern.compile("(?:(?<![a-z])(?:" + QUALIFIER.replace("(?<qual>",
      "(?<qual>vao|toi|") + ") |(?<=:\\s?))nam (?<y>\\d{4})(?!\\d)(?!\\s*[/-]\\s*\\d)"
      + "|^(?:nam )?(?<whole>\\d{4})[\\s.,;]*$"
      + "|(?:^|(?<=\\n))[-+*•]?\\s*nam (?<lead>\\d{4})(?=\\s*[,:])");

  private static final Set<String> QUARTER_SPELLINGS = Set.of("quý");
  private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  /** The first and last day of a period in one year. */
  private record Period(LocalDate first, LocalDate last) {}

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Candidate> found = new ArrayList<>();
    Matcher month = MONTH.matcher(text.folded());
    while (month.find()) {
      int n = Integer.parseInt(month.group("n"));
      String problem = CalendarCheck.monthProblem(n);
      add(found, text, reference, month, either(month.group("y"), month.group("y2")), problem, y -> {
        YearMonth yearMonth = YearMonth.of(y, n);
        return new Period(yearMonth.atDay(1), yearMonth.atEndOfMonth());
      });
    }
    Matcher quarter = QUARTER.matcher(text.folded());
    while (quarter.find()) {
      int n = quarterNumber(quarter.group("n"));
      String yearText = either(quarter.group("y"), quarter.group("y2"));
      if (n < 0 || !isQuarter(text, quarter, yearText)) {
        continue;
      }
      String problem = n >= 1 && n <= 4 ? null : "quý " + text.original(quarter.start("n"), quarter.end("n"))
          + " không tồn tại: một năm có 4 quý (no such quarter: a year has four)";
      add(found, text, reference, quarter, yearText, problem, y -> {
        YearMonth last = YearMonth.of(y, n * 3);
        return new Period(last.minusMonths(2).atDay(1), last.atEndOfMonth());
      });
    }
    Matcher half = HALF.matcher(text.folded());
    while (half.find()) {
      boolean first = half.group("part").equals("dau");
      add(found, text, reference, half, half.group("y"), null, y -> first
          ? new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
          : new Period(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)));
    }
    Matcher year = YEAR.matcher(text.folded());
    while (year.find()) {
      add(found, text, reference, year, either(either(year.group("y"), year.group("whole")), year.group("lead")), null,
          y -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    return found;
  }

  private static void add(List<Candidate> found, NormalisedText text, LocalDate reference, Matcher match, String year,
      String problem, IntFunction<Period> periodIn) {
    if (match.group("qual") == null && StartMarker.precedes(text, match.start())) {
      return;
    }
    String phrase = text.raw();
    if (problem != null) {
      found.add(new Candidate(match.start(), match.end(), Strength.SPECIFIC, ParsedDeadline.unparsed(phrase, problem)));
      return;
    }
    boolean before = match.group("before") != null;
    IntFunction<LocalDate> lastDayIn = y -> {
      Period period = periodIn.apply(y);
      return before ? period.first().minusDays(1) : period.last();
    };
    LocalDate lastDay = year != null
        ? lastDayIn.apply(Integer.parseInt(year))
        : NextOccurrence.lastDay(reference, lastDayIn);
    found.add(new Candidate(match.start(), match.end(), Strength.SPECIFIC,
        ParsedDeadline.due(phrase, text.original(match.start(), match.end()), lastDay)));
  }

  private static String either(String a, String b) {
    return a != null ? a : b;
  }

  /** 1-4 for a quarter, another positive number for an impossible one, -1 for text that is no numeral at all. */
  private static int quarterNumber(String numeral) {
    if (Character.isDigit(numeral.charAt(0))) {
      return Integer.parseInt(numeral);
    }
    int index = ROMAN.indexOf(numeral);
    return index < 0 ? -1 : index + 1;
  }

  /**
   * Folded "quy" is also "quy" (rule) as in "quy định", "quy vi phạm": a quarter is read when a year follows, when
   * the writer spelled "quý", or, in text typed without diacritics, when the numeral is written as numerals are
   * (capitals or digits).
   */
  private static boolean isQuarter(NormalisedText text, Matcher quarter, String year) {
    if (year != null) {
      return true;
    }
    if (text.hasDiacritics()) {
      return text.spelledAs(quarter.start("quy"), quarter.end("quy"), QUARTER_SPELLINGS);
    }
    return text.writtenUpperCase(quarter.start("n"), quarter.end("n"));
  }
}
