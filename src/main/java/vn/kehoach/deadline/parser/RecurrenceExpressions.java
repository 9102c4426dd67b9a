package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cycle: "định kỳ 6 tháng", "hằng quý", "hàng năm", "sơ kết 6 tháng", "6 tháng một lần", optionally with a fixed
 * day ("trước ngày 20/11 hằng năm", "trước ngày 15 hằng tháng"). Neighbouring mentions are read together and the
 * shortest cycle named counts ("báo cáo định kỳ 6 tháng, hằng năm" reports every six months).
 */
final class RecurrenceExpressions implements Expressions {

  /** "định kỳ 6 tháng", "sơ kết 6 tháng" (but "sơ kết 6 tháng đầu năm 2024" is one half year), "6 tháng một lần". */
  private static final Pattern MONTHS = FoldedPattern.compile("(?<![a-z0-9])(?:(?:dinh ky (?:moi )?|(?:so|tong) ket )"
      + "(?<n>\\d{1,2}) thang(?:\\s*/\\s*(?:1 )?lan| (?:mot|1) lan)?(?! (?:dau|cuoi) nam)"
      + "|(?<once>\\d{1,2}) thang(?:\\s*/\\s*(?:1 )?lan| (?:mot|1) lan))(?![a-z0-9])");
  /** "hằng năm", "hàng quý", "mỗi tháng"; not "hằng năm 2024" nor "mỗi năm 2024", which name a year. */
  private static final Pattern EVERY = FoldedPattern.compile("(?<![a-z])(?<word>hang|moi) "
      + "(?<unit>thang|quy|nam|tuan|ngay)(?![a-z])(?!\\s*[/.-]?\\s*\\d)");
  /** "tổng kết năm": the yearly review. */
  private static final Pattern YEARLY_REVIEW = FoldedPattern.compile("(?<![a-z])(?:so|tong) ket (?:hang )?nam"
      + "(?![a-z])(?!\\s*\\d)");
  /** "định kỳ" or "sơ kết" alone: periodic, cycle not stated. */
  private static final Pattern UNSTATED = FoldedPattern.compile("(?<![a-z])(?:dinh ky|so ket)(?![a-z])");
  /** A day in the period, only meaningful next to a cycle: "trước ngày 20/11", "ngày 15". */
  private static final Pattern DAY = FoldedPattern.compile("(?<![a-z])(?:(?<qual>truoc|cham nhat(?: la)?|den|vao) )?"
      + "ngay (?<d>\\d{1,2})(?:\\s*/\\s*(?<m>\\d{1,2})| thang (?<m2>\\d{1,2}))?(?!\\d)(?!\\s*[/.-]?\\s*\\d)"
      + "(?! (?:cua )?(?:thang|quy|nam) \\d)");
  /** What may stand between mentions of one cycle: "hằng quý, 6 tháng và hằng năm", "ngày 15 của hằng tháng". */
  private static final Pattern JOINER = Pattern.compile("[\\s,;]*(?:(?:va|hoac|hay|cua|vao)\\s*)?");

  private static final Map<String, Cycle> UNITS = Map.of("thang", Cycle.MONTHLY, "quy", Cycle.QUARTERLY,
      "nam", Cycle.YEARLY);
  private static final Map<String, Set<String>> SPELLINGS = Map.of("hang", Set.of("hằng", "hàng"),
      "moi", Set.of("mỗi"));

  /** One mention; {@code cycle} null for "định kỳ" alone, {@code problem} set for a cycle we cannot represent. */
  private record Mention(int start, int end, Cycle cycle, String problem, Integer day, Integer month, boolean before,
      boolean isDay) {

    static Mention ofCycle(int start, int end, Cycle cycle) {
      return new Mention(start, end, cycle, null, null, null, false, false);
    }

    static Mention unsupported(int start, int end, String problem) {
      return new Mention(start, end, null, problem, null, null, false, false);
    }
  }

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Mention> mentions = mentions(text);
    List<Candidate> found = new ArrayList<>();
    List<Mention> group = new ArrayList<>();
    int groupEnd = -1;
    for (Mention mention : mentions) {
      if (!group.isEmpty() && !joined(text, groupEnd, mention)) {
        addGroup(found, text, reference, group);
        group = new ArrayList<>();
      }
      group.add(mention);
      groupEnd = Math.max(groupEnd, mention.end());
    }
    addGroup(found, text, reference, group);
    return found;
  }

  private static List<Mention> mentions(NormalisedText text) {
    String folded = text.folded();
    List<Mention> mentions = new ArrayList<>();
    Matcher months = MONTHS.matcher(folded);
    while (months.find()) {
      int n = Integer.parseInt(months.group("n") != null ? months.group("n") : months.group("once"));
      Cycle cycle = Cycle.ofMonths(n);
      mentions.add(cycle != null ? Mention.ofCycle(months.start(), months.end(), cycle)
          : Mention.unsupported(months.start(), months.end(), "chu kỳ " + n + " tháng chưa được hỗ trợ, chỉ có hằng "
              + "tháng, hằng quý, 6 tháng, hằng năm (a " + n + "-month cycle is not supported)"));
    }
    Matcher every = EVERY.matcher(folded);
    while (every.find()) {
      if (!text.spelledAs(every.start("word"), every.end("word"), SPELLINGS.get(every.group("word")))) {
        continue;
      }
      Cycle cycle = UNITS.get(every.group("unit"));
      mentions.add(cycle != null ? Mention.ofCycle(every.start(), every.end(), cycle)
          : Mention.unsupported(every.start(), every.end(), "chu kỳ \"" + text.original(every.start(), every.end())
              + "\" chưa được hỗ trợ, chỉ có hằng tháng, hằng quý, 6 tháng, hằng năm (daily and weekly cycles are "
              + "not supported)"));
    }
    Matcher review = YEARLY_REVIEW.matcher(folded);
    while (review.find()) {
      mentions.add(Mention.ofCycle(review.start(), review.end(), Cycle.YEARLY));
    }
    Matcher unstated = UNSTATED.matcher(folded);
    while (unstated.find()) {
      mentions.add(Mention.ofCycle(unstated.start(), unstated.end(), null));
    }
    Matcher day = DAY.matcher(folded);
    while (day.find()) {
      String month = day.group("m") != null ? day.group("m") : day.group("m2");
      mentions.add(new Mention(day.start(), day.end(), null, null, Integer.valueOf(day.group("d")),
          month == null ? null : Integer.valueOf(month), "truoc".equals(day.group("qual")), true));
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end)
        .reversed()));
    return mentions;
  }

  private static boolean joined(NormalisedText text, int groupEnd, Mention next) {
    return next.start() <= groupEnd || JOINER.matcher(text.folded().substring(groupEnd, next.start())).matches();
  }

  private static void addGroup(List<Candidate> found, NormalisedText text, LocalDate reference, List<Mention> group) {
    List<Mention> cycles = group.stream().filter(m -> !m.isDay()).toList();
    if (cycles.isEmpty()) {
      return; // a day without a cycle is the date finder's business
    }
    int start = group.get(0).start();
    int end = group.stream().mapToInt(Mention::end).max().orElseThrow();
    String phrase = text.raw();
    String matched = text.original(start, end);
    String problem = cycles.stream().map(Mention::problem).filter(p -> p != null).findFirst().orElse(null);
    Cycle cycle = cycles.stream().map(Mention::cycle).filter(c -> c != null)
        .min(Comparator.comparingInt(Cycle::months)).orElse(null);
    Mention day = group.stream().filter(Mention::isDay).findFirst().orElse(null);
    if (problem == null && day != null) {
      problem = dayProblem(cycle, day);
    }
    if (problem != null) {
      found.add(new Candidate(start, end, Strength.SPECIFIC, ParsedDeadline.unparsed(phrase, problem)));
    } else if (cycle == null) {
      found.add(new Candidate(start, end, Strength.UNSPECIFIED_CYCLE,
          ParsedDeadline.recurring(phrase, matched, null, null, false, null, "định kỳ (không nêu chu kỳ)")));
    } else if (day == null) {
      found.add(new Candidate(start, end, Strength.SPECIFIC, ParsedDeadline.recurring(phrase, matched, cycle, null,
          false, cycle.nextPeriodStart(reference), "định kỳ " + cycle.vietnamese())));
    } else {
      found.add(new Candidate(start, end, Strength.SPECIFIC, withDay(phrase, matched, cycle, day, reference)));
    }
  }

  private static String dayProblem(Cycle cycle, Mention day) {
    if (cycle == Cycle.YEARLY) {
      if (day.month() == null) {
        return "ngày " + day.day() + " hằng năm thiếu tháng (a yearly day needs a month)";
      }
      return CalendarCheck.dayProblem(day.day(), day.month(), null);
    }
    if (cycle == Cycle.MONTHLY) {
      if (day.month() != null) {
        return "ngày " + day.day() + "/" + day.month() + " không thể lặp hằng tháng (a day in one month cannot recur "
            + "monthly)";
      }
      return day.day() >= 1 && day.day() <= 31 ? null : "ngày " + day.day() + " không có trong tháng nào (no month "
          + "has a day " + day.day() + ")";
    }
    return "ngày cố định trong chu kỳ " + (cycle == null ? "không rõ" : cycle.vietnamese())
        + " chưa được hỗ trợ (a fixed day is supported only in monthly and yearly cycles)";
  }

  /** The next fixed day whose last day on time is not before the reference date. */
  private static ParsedDeadline withDay(String phrase, String matched, Cycle cycle, Mention day, LocalDate reference) {
    int shift = day.before() ? 1 : 0;
    LocalDate lateFrom;
    MonthDay dayInPeriod;
    String dayText;
    if (cycle == Cycle.YEARLY) {
      dayInPeriod = MonthDay.of(day.month(), day.day());
      lateFrom = NextOccurrence.lastDay(reference,
          y -> dayInPeriod.isValidYear(y) ? dayInPeriod.atYear(y).minusDays(shift) : null).plusDays(1);
      dayText = String.format("%02d/%02d", day.day(), day.month());
    } else {
      dayInPeriod = MonthDay.of(1, day.day());
      YearMonth month = YearMonth.from(reference);
      LocalDate lastDay = month.atDay(Math.min(day.day(), month.lengthOfMonth())).minusDays(shift);
      if (lastDay.isBefore(reference)) {
        month = month.plusMonths(1);
        lastDay = month.atDay(Math.min(day.day(), month.lengthOfMonth())).minusDays(shift);
      }
      lateFrom = lastDay.plusDays(1);
      dayText = String.format("%02d", day.day());
    }
    String normalised = "định kỳ " + cycle.vietnamese() + ", " + (day.before() ? "trước ngày " : "chậm nhất ngày ")
        + dayText;
    return ParsedDeadline.recurring(phrase, matched, cycle, dayInPeriod, day.before(), lateFrom, normalised);
  }
}
