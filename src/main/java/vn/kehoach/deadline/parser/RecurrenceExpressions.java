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
  /** "Định kỳ 01 năm". */
  private static final Pattern ONE_YEAR = FoldedPattern.compile("(?<![a-z0-9])dinh ky (?:moi )?(?:0?1 )?nam(?![a-z])"
      + "(?!\\s*\\d)");
  /** "hằng năm", "hàng quý", "mỗi tháng"; not "hằng năm 2024" nor "mỗi năm 2024", which name a year. */
  private static final Pattern EVERY = FoldedPattern.compile("(?<![a-z])(?<!ngan\\ssach\\snha\\snuoc\\s)"
      + "(?<!ke\\shoach\\s)(?<!ke\\shoach\\scong\\stac\\s)(?<!duoc\\sgiao\\s)(?<word>hang|moi) "
      + "(?<unit>thang|quy|nam|tuan|ngay)(?![a-z])(?!\\s*[/.-]?\\s*\\d)");
  /** "tổng kết năm": the yearly review. */
  private static final Pattern YEARLY_REVIEW = FoldedPattern.compile("(?<![a-z])(?:so|tong) ket (?:hang )?nam"
      + "(?![a-z])(?!\\s*\\d)");
  /**
   * The report of a reporting regime: "báo cáo quý", "Báo cáo 6 tháng đầu năm", "đối với kỳ báo cáo năm", "báo cáo
   * định kỳ hàng năm" (the cycle then comes from "hàng năm"); not "báo cáo tháng 4/2024", "báo cáo quý I/2024",
   * "báo cáo năm 2024", which name one period.
   */
  private static final Pattern REPORT_KIND = FoldedPattern.compile("(?<![a-z])(?:ky )?bao cao (?:thong ke )?(?<k>thang|quy"
      + "|0?6 thang(?<h1> dau nam)?|sau thang|nam)(?![a-z])(?! (?:nay|qua|sau|toi|hoc)(?![a-z]))(?! truoc(?! ngay))"
      + "(?!\\s*,?\\s*(?:nam )?(?:[ivx]+(?![a-z])|\\d))(?! thang \\d)");
  /** "(6 tháng đầu năm và cuối năm)": the report of each half year. */
  private static final Pattern HALVES = FoldedPattern.compile("(?<![a-z0-9])0?6 thang dau nam va (?:0?6 thang )?"
      + "cuoi nam(?!\\s*,?\\s*(?:nam )?\\d)");
  /** "Định kỳ kết thúc năm học": once a school year. */
  private static final Pattern SCHOOL_YEAR = FoldedPattern.compile("(?<![a-z])dinh ky (?:ket thuc|cuoi) nam hoc"
      + "(?![a-z])");
  /** "thời kỳ số liệu 6 tháng đầu năm", "Số liệu năm báo cáo". */
  private static final Pattern DATA_KIND = FoldedPattern.compile("(?<![a-z])so lieu (?<k>thang|quy|0?6 thang"
      + "(?<h1> dau nam)?|nam)(?![a-z])(?!\\s*,?\\s*(?:nam )?\\d)");
  /** "định kỳ" or "sơ kết" alone: periodic, cycle not stated. */
  private static final Pattern UNSTATED = FoldedPattern.compile("(?<![a-z])(?:dinh ky|so ket)(?![a-z])");
  /**
   * A day in the period, only meaningful next to a cycle: "trước ngày 20/11", "ngày 15", "ngày 25 của tháng cuối
   * quý", "ngày 23 tháng báo cáo", "ngày 15 tháng đầu tiên của quý sau liền kề", "ngày 31 tháng 3 năm kế tiếp".
   */
  private static final Pattern DAY = FoldedPattern.compile("(?<![a-z])(?:(?<qual>truoc|cham nhat(?: la)?(?: vao)?"
      + "|den|vao) )?ngay (?<d>\\d{1,2})(?:\\s*/\\s*(?<m>\\d{1,2})| thang (?<m2>\\d{1,2}))?(?!\\d)"
      + "(?!\\s*[/.-]?\\s*\\d)(?! (?:cua )?(?:thang|quy|nam) \\d)(?!\\s*,?\\s*nam \\d)"
      + "(?:(?<lastMonth> (?:cua )?thang cuoi (?:cua )?(?:quy|ky)(?<lastStat> bao cao)?"
      + "| (?:cua )?cac thang 0?3\\s*,\\s*0?6\\s*(?:,|va)\\s*0?9(?:\\s*(?:,|va)\\s*12)?(?<quarterEnds>))"
      + "|(?<reportMonth> (?:cua )?thang bao cao)"
      + "|(?<nextQuarter> (?:cua )?thang (?:dau tien|dau|thu nhat) (?:cua )?quy (?:sau|tiep theo)(?: lien ke)?)"
      + "|(?<nextYear> (?:cua )?nam (?:sau|ke tiep)(?: sau nam bao cao)?)"
      + "|(?<thisYear> (?:cua )?nam bao cao))?"
      + "|(?<![\\d/.-])(?<bd>\\d{1,2})\\s?/\\s?(?<bm>\\d{1,2})(?<bareNext> nam (?:sau|ke tiep))"
      + "|(?<![a-z])trong (?<fd>\\d{1,2}) ngay dau (?=(?:cua )?(?:moi|hang) (?:quy|thang)(?![a-z]))");
  /**
   * The data a report covers: "Số liệu từ ngày 15 tháng trước đến hết ngày 14 tháng báo cáo", "Kỳ báo cáo bắt đầu
   * từ ngày 01 tháng 01 đến ngày 31 tháng 12", "từ ngày 01 tháng đầu quý đến ngày cuối của tháng cuối quý đó".
   */
  private static final Pattern DATA_PERIOD = FoldedPattern.compile("(?<![a-z])(?:(?:so lieu|ky bao cao|thoi ky thu "
      + "thap so lieu)[^.;]{0,60}?)?tu ngay " + periodEnd("a") + "(?: (?:cho )?den(?: het)?(?: ngay)? | ?- ?)"
      + periodEnd("b"));
  /**
   * Reports under regimes of their own, not the administrative reports of Nghị định 09/2019/NĐ-CP: businesses'
   * ("doanh nghiệp", "cho thuê lại lao động"), safety reports ("báo cáo an toàn"), reports by school year.
   */
  private static final Pattern SPECIALISED_REGIME = Pattern.compile("doanh nghiep|cho thue lai|bao cao an toan"
      + "|nam hoc");
  /** What may stand between mentions of one cycle: "hằng quý, 6 tháng và hằng năm", "ngày 15 của hằng tháng". */
  private static final Pattern JOINER = Pattern.compile("[\\s,;:]*(?:(?:va|hoac|hay|cua|vao|doi voi)\\s*)?");
  /** A day may be some words away from its cycle in one sentence: "hằng tháng báo cáo ..., gửi Bộ trước ngày 25". */
  private static final Pattern SAME_SENTENCE = Pattern.compile("[^.;]{0,400}");

  private static String periodEnd(String p) {
    return "(?:(?<" + p + "d>\\d{1,2}) (?:(?<" + p + "prev>thang truoc)|(?<" + p + "rep>thang bao cao)"
        + "|(?<" + p + "fq>thang dau (?:cua )?quy(?: bao cao| do)?)"
        + "|(?<" + p + "lpq>thang cuoi (?:cua )?quy truoc)"
        + "|(?<" + p + "lq>thang cuoi (?:cua )?quy(?: bao cao| do)?)"
        + "|thang (?<" + p + "m>\\d{1,2})(?<" + p + "py> nam truoc(?: ky bao cao)?)?"
        + "(?: (?:cua )?(?:nam|ky) bao cao)?)"
        + "|(?<" + p + "eq>cuoi (?:cua )?thang cuoi (?:cua )?quy(?: bao cao| do)?))(?![a-z0-9])";
  }

  private static final Map<String, Cycle> UNITS = Map.of("thang", Cycle.MONTHLY, "quy", Cycle.QUARTERLY,
      "nam", Cycle.YEARLY);
  private static final Map<String, Set<String>> SPELLINGS = Map.of("hang", Set.of("hằng", "hàng"),
      "moi", Set.of("mỗi"));

  /** Where a fixed day lies, as the phrase places it. */
  enum DayPlace {
    /** "ngày 15" (monthly), "ngày 20/11" (a day of the year), "ngày 25 tháng 6" in a half year. */
    WRITTEN,
    /** "ngày 25 của tháng cuối quý", "ngày 23 tháng báo cáo": in the period's last month. */
    LAST_MONTH,
    /**
     * "ngày 15 tháng đầu tiên của quý sau liền kề": in the month after the period (the first month of the next one,
     * as "trong 15 ngày đầu mỗi quý" has it).
     */
    NEXT_QUARTER,
    /** "ngày 31 tháng 3 năm sau": in the year after the period. */
    NEXT_YEAR
  }

  /**
   * One mention; {@code cycle} null for "định kỳ" alone, {@code problem} set for a cycle we cannot represent;
   * {@code firstHalf} for "báo cáo 6 tháng đầu năm"; {@code statistical} for a day "of the reporting month" (the
   * wording of statistical regimes, whose periods are not those of Nghị định 09/2019); {@code data} for the data a
   * report covers.
   */
  private record Mention(int start, int end, Cycle cycle, String problem, Integer day, Integer month, boolean before,
      boolean isDay, DayPlace place, boolean firstHalf, boolean statistical, DataPeriod data) {

    static Mention ofCycle(int start, int end, Cycle cycle) {
      return new Mention(start, end, cycle, null, null, null, false, false, null, false, false, null);
    }

    static Mention ofReport(int start, int end, Cycle cycle, boolean firstHalf) {
      return new Mention(start, end, cycle, null, null, null, false, false, null, firstHalf, false, null);
    }

    static Mention unsupported(int start, int end, String problem) {
      return new Mention(start, end, null, problem, null, null, false, false, null, false, false, null);
    }

    boolean isData() {
      return data != null;
    }
  }

  /** The data of a report as its ends are written, resolved once the cycle is known. */
  private record DataPeriod(End from, End to) {}

  /** One end of a data period, relative to the reporting period. */
  private record End(String kind, int day, int month) {

    static End of(Matcher m, String p) {
      if (m.group(p + "eq") != null) {
        return new End("endOfLastMonth", 0, 0);
      }
      int d = Integer.parseInt(m.group(p + "d"));
      for (String kind : List.of("prev", "rep", "fq", "lpq", "lq")) {
        if (m.group(p + kind) != null) {
          return new End(kind, d, 0);
        }
      }
      return new End(m.group(p + "py") != null ? "prevYear" : "month", d, Integer.parseInt(m.group(p + "m")));
    }

    /** The day in the period whose first month is {@code first} and last month {@code last}; null if none. */
    LocalDate in(YearMonth first, YearMonth last) {
      YearMonth month = switch (kind) {
        case "prev", "lpq" -> first.minusMonths(1);
        case "fq" -> first;
        case "rep", "lq", "endOfLastMonth" -> last;
        case "prevYear" -> YearMonth.of(last.getYear() - 1, this.month);
        default -> YearMonth.of(last.getYear(), this.month);
      };
      if (kind.equals("endOfLastMonth")) {
        return month.atEndOfMonth();
      }
      return month.isValidDay(day) ? month.atDay(day) : null;
    }

    /** Which cycle the end's words imply: "tháng trước" a month, "quý" a quarter; null if they name none. */
    Cycle implied() {
      return switch (kind) {
        case "prev", "rep" -> Cycle.MONTHLY;
        case "fq", "lpq", "lq", "endOfLastMonth" -> Cycle.QUARTERLY;
        default -> null;
      };
    }
  }

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Mention> mentions = mentions(text);
    List<Candidate> found = new ArrayList<>();
    List<Mention> group = new ArrayList<>();
    int groupEnd = -1;
    for (Mention mention : mentions) {
      if (!group.isEmpty() && !joined(text, group, groupEnd, mention)) {
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
    Matcher oneYear = ONE_YEAR.matcher(folded);
    while (oneYear.find()) {
      mentions.add(Mention.ofCycle(oneYear.start(), oneYear.end(), Cycle.YEARLY));
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
    for (Pattern kind : List.of(REPORT_KIND, DATA_KIND)) {
      Matcher report = kind.matcher(folded);
      while (report.find()) {
        String k = report.group("k");
        Cycle cycle = k.equals("thang") ? Cycle.MONTHLY : k.equals("quy") ? Cycle.QUARTERLY
            : k.equals("nam") ? Cycle.YEARLY : Cycle.HALF_YEARLY;
        mentions.add(Mention.ofReport(report.start(), report.end(), cycle, report.group("h1") != null));
      }
    }
    Matcher halves = HALVES.matcher(folded);
    while (halves.find()) {
      mentions.add(Mention.ofReport(halves.start(), halves.end(), Cycle.HALF_YEARLY, true));
    }
    Matcher schoolYear = SCHOOL_YEAR.matcher(folded);
    while (schoolYear.find()) {
      mentions.add(Mention.ofCycle(schoolYear.start(), schoolYear.end(), Cycle.YEARLY));
    }
    Matcher unstated = UNSTATED.matcher(folded);
    while (unstated.find()) {
      mentions.add(Mention.ofCycle(unstated.start(), unstated.end(), null));
    }
    List<Mention> data = new ArrayList<>();
    Matcher period = DATA_PERIOD.matcher(folded);
    while (period.find()) {
      data.add(new Mention(period.start(), period.end(), null, null, null, null, false, false, null, false, false,
          new DataPeriod(End.of(period, "a"), End.of(period, "b"))));
    }
    mentions.addAll(data);
    Matcher day = DAY.matcher(folded);
    while (day.find()) {
      int at = day.start();
      if (data.stream().anyMatch(d -> at < d.end() && d.start() < day.end())) {
        continue; // an end of the data period, not the reporting day
      }
      boolean bare = day.group("bd") != null;
      boolean firstDays = day.group("fd") != null; // "trong 15 ngày đầu mỗi quý": by the 15th of each period
      String month = bare ? day.group("bm") : day.group("m") != null ? day.group("m") : day.group("m2");
      DayPlace place = day.group("lastMonth") != null || day.group("reportMonth") != null ? DayPlace.LAST_MONTH
          : day.group("nextQuarter") != null || firstDays ? DayPlace.NEXT_QUARTER
          : day.group("nextYear") != null || bare ? DayPlace.NEXT_YEAR : DayPlace.WRITTEN;
      boolean statistical = day.group("lastStat") != null || day.group("reportMonth") != null
          || day.group("thisYear") != null || day.group("nextYear") != null && day.group().contains("bao cao");
      // "ngày 25 tháng cuối quý báo cáo" names its cycle; "ngày 23 tháng báo cáo" a month
      Cycle implied = day.group("lastMonth") != null && (day.group("lastMonth").contains("quy")
          || day.group("quarterEnds") != null) ? Cycle.QUARTERLY
          : day.group("reportMonth") != null ? Cycle.MONTHLY : null;
      mentions.add(new Mention(day.start(), day.end(), implied, null, Integer.valueOf(bare ? day.group("bd")
          : firstDays ? day.group("fd") : day.group("d")),
          month == null ? null : Integer.valueOf(month), "truoc".equals(day.group("qual")), true, place, false,
          statistical, null));
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end)
        .reversed()));
    return mentions;
  }

  /**
   * Mentions of one cycle stand side by side; a reporting day, or the data a report covers, may also be some words
   * away from its cycle in the same sentence, and a cycle some words after its day.
   */
  private static boolean joined(NormalisedText text, List<Mention> group, int groupEnd, Mention next) {
    if (next.start() <= groupEnd) {
      return true;
    }
    String gap = text.folded().substring(groupEnd, next.start());
    if (JOINER.matcher(gap).matches()) {
      return true;
    }
    boolean groupHasCycle = group.stream().anyMatch(m -> !m.isDay() && !m.isData());
    boolean groupHasDay = group.stream().anyMatch(m -> m.isDay() || m.isData());
    boolean nextIsDay = next.isDay() || next.isData();
    return (groupHasCycle && nextIsDay || groupHasDay && !nextIsDay) && SAME_SENTENCE.matcher(gap).matches();
  }

  private static void addGroup(List<Candidate> found, NormalisedText text, LocalDate reference, List<Mention> group) {
    List<Mention> cycles = group.stream().filter(m -> !m.isDay() && !m.isData()).toList();
    DataPeriod data = group.stream().map(Mention::data).filter(d -> d != null).findFirst().orElse(null);
    boolean dayNamesCycle = group.stream().anyMatch(m -> m.isDay() && m.cycle() != null);
    if (cycles.isEmpty() && data == null && !dayNamesCycle) {
      return; // a day without a cycle is the date finder's business
    }
    int start = group.get(0).start();
    int end = group.stream().mapToInt(Mention::end).max().orElseThrow();
    String phrase = text.raw();
    String matched = text.original(start, end);
    String problem = cycles.stream().map(Mention::problem).filter(p -> p != null).findFirst().orElse(null);
    Cycle cycle = cycles.stream().map(Mention::cycle).filter(c -> c != null)
        .min(Comparator.comparingInt(Cycle::months)).orElse(null);
    if (cycle == null && data != null) {
      cycle = data.from().implied() != null ? data.from().implied() : data.to().implied();
    }
    if (cycle == null) {
      cycle = group.stream().filter(Mention::isDay).map(Mention::cycle).filter(c -> c != null).findFirst()
          .orElse(null);
    }
    if (cycles.isEmpty() && cycle == null || cycles.isEmpty() && data != null && data.from().implied() == null
        && data.to().implied() == null && !dayNamesCycle) {
      return; // "từ ngày 01 tháng 01 đến ngày 31 tháng 12" with no report named: a range
    }
    Mention day = group.stream().filter(Mention::isDay).findFirst().orElse(null);
    if (problem == null && day != null) {
      problem = dayProblem(cycle, day);
    }
    boolean firstHalf = cycles.stream().anyMatch(Mention::firstHalf);
    if (problem != null) {
      found.add(new Candidate(start, end, Strength.SPECIFIC, ParsedDeadline.unparsed(phrase, problem)));
      return;
    }
    ParsedDeadline reading;
    Strength strength = Strength.SPECIFIC;
    if (cycle == null) {
      strength = Strength.UNSPECIFIED_CYCLE;
      reading = ParsedDeadline.recurring(phrase, matched, null, null, false, null, "định kỳ (không nêu chu kỳ)");
    } else if (day == null) {
      reading = ParsedDeadline.recurring(phrase, matched, cycle, null, false, cycle.nextPeriodStart(reference),
          "định kỳ " + cycle.vietnamese());
    } else {
      reading = withDay(phrase, matched, cycle, day, reference);
    }
    if (cycle != null) {
      DateRange covered = covered(text, cycle, day, data, firstHalf, reading, reference);
      if (covered != null) {
        reading = reading.withPeriod(covered, null);
      }
    }
    found.add(new Candidate(start, end, strength, reading));
  }

  /**
   * The period the first report covers: the data period written; the first half year of "báo cáo 6 tháng đầu năm";
   * the year before for "kỳ báo cáo năm trước đó"; else, for a report of a state body (not a business's, nor a
   * statistical regime's "tháng báo cáo") whose day lies in the period's last month, the period of Nghị định
   * 09/2019/NĐ-CP, Điều 12: from the 15th of the month before the period to the 14th of its last month.
   */
  private static DateRange covered(NormalisedText text, Cycle cycle, Mention day, DataPeriod data, boolean firstHalf,
      ParsedDeadline reading, LocalDate reference) {
    String folded = text.folded();
    LocalDate firstReport = reading.firstReport();
    if (data != null) {
      YearMonth[] period = calendarPeriod(cycle, reference);
      LocalDate from = data.from().in(period[0], period[1]);
      LocalDate to = data.to().in(period[0], period[1]);
      return from == null || to == null || to.isBefore(from) ? null : new DateRange(from, to);
    }
    LocalDate anchor = firstReport != null ? firstReport : reference;
    boolean previous = day != null && (day.place() == DayPlace.NEXT_QUARTER || day.place() == DayPlace.NEXT_YEAR)
        || folded.matches("(?s).*ky bao cao (?:nam|quy|thang) truoc(?: do)?.*");
    if (firstHalf) {
      int year = anchor.getYear();
      return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }
    if (previous && folded.matches("(?s).*ky bao cao (?:nam|quy|thang) truoc(?: do)?.*")) {
      YearMonth[] period = calendarPeriod(cycle, anchor);
      YearMonth first = period[0].minusMonths(cycle.months());
      return new DateRange(first.atDay(1), period[1].minusMonths(cycle.months()).atEndOfMonth());
    }
    if (previous || day != null && day.statistical() || !folded.contains("bao cao")
        || SPECIALISED_REGIME.matcher(folded).find()) {
      return null;
    }
    if (day != null && !inLastMonth(cycle, day)) {
      return null;
    }
    // the period of the decree's calendar under way on the document's date
    YearMonth[] period = calendarPeriod(cycle, reference);
    DateRange current = new DateRange(period[0].minusMonths(1).atDay(15), period[1].atDay(14));
    return current.lastDay().isBefore(reference) ? current.plusMonths(cycle.months()) : current;
  }

  /** Whether the reporting day lies in the last month of its period. */
  private static boolean inLastMonth(Cycle cycle, Mention day) {
    if (day.place() == DayPlace.LAST_MONTH || day.month() == null) {
      return true;
    }
    if (cycle == Cycle.YEARLY) {
      return day.month() >= 7; // a yearly report due in its second half reports on that year, not the one before
    }
    return day.month() % cycle.months() == 0;
  }

  /** The first and last month of the calendar period of {@code cycle} that contains {@code day}. */
  private static YearMonth[] calendarPeriod(Cycle cycle, LocalDate day) {
    int firstMonth = (day.getMonthValue() - 1) / cycle.months() * cycle.months() + 1;
    YearMonth first = YearMonth.of(day.getYear(), firstMonth);
    return new YearMonth[] {first, first.plusMonths(cycle.months() - 1)};
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
    if (cycle == Cycle.QUARTERLY || cycle == Cycle.HALF_YEARLY) {
      if (day.month() != null) {
        return CalendarCheck.dayProblem(day.day(), day.month(), null);
      }
      if (day.place() == DayPlace.WRITTEN) {
        return "ngày " + day.day() + " " + cycle.vietnamese() + " không rõ thuộc tháng nào của kỳ, hãy ghi \"tháng cuối "
            + "quý\" hoặc ngày/tháng (which month of the period is not said)";
      }
      return day.day() >= 1 && day.day() <= 31 ? null : "ngày " + day.day() + " không có trong tháng nào (no month "
          + "has a day " + day.day() + ")";
    }
    return "ngày cố định trong chu kỳ không rõ chưa được hỗ trợ (a fixed day needs a named cycle)";
  }

  /**
   * The next fixed day whose last day on time is not before the reference date. A day written with its month
   * ("trước ngày 20/11 hằng năm", "báo cáo 06 tháng gửi trước ngày 20 tháng 6") comes once a year on that date; a day
   * without one, in every period's last month ("ngày 25 của tháng cuối quý"), or in the month after a quarter ("ngày
   * 15 tháng đầu tiên của quý sau liền kề").
   */
  private static ParsedDeadline withDay(String phrase, String matched, Cycle cycle, Mention day, LocalDate reference) {
    int shift = day.before() ? 1 : 0;
    LocalDate lastDay;
    MonthDay dayInPeriod;
    String dayText;
    if (day.month() != null) {
      MonthDay date = MonthDay.of(day.month(), day.day());
      lastDay = NextOccurrence.lastDay(reference,
          y -> date.isValidYear(y) ? date.atYear(y).minusDays(shift) : null);
      dayText = String.format("%02d/%02d", day.day(), day.month());
      dayInPeriod = cycle == Cycle.YEARLY ? date
          : day.month() % cycle.months() == 0 ? MonthDay.of(1, day.day()) : null;
    } else {
      int monthsOn = day.place() == DayPlace.NEXT_QUARTER ? cycle.months() : cycle.months() - 1;
      YearMonth period = YearMonth.of(reference.getYear(),
          (reference.getMonthValue() - 1) / cycle.months() * cycle.months() + 1).minusMonths(cycle.months());
      lastDay = null;
      for (int k = 0; k < 30 && lastDay == null; k++) {
        YearMonth month = period.plusMonths((long) k * cycle.months() + monthsOn);
        LocalDate candidate = month.atDay(Math.min(day.day(), month.lengthOfMonth())).minusDays(shift);
        if (!candidate.isBefore(reference)) {
          lastDay = candidate;
        }
      }
      dayInPeriod = day.place() == DayPlace.NEXT_QUARTER ? null : MonthDay.of(1, day.day());
      dayText = String.format("%02d", day.day()) + switch (day.place()) {
        case NEXT_QUARTER -> " tháng đầu của quý sau";
        case LAST_MONTH -> cycle == Cycle.MONTHLY ? "" : " tháng cuối kỳ";
        default -> cycle == Cycle.MONTHLY ? "" : " tháng cuối kỳ";
      };
    }
    String normalised = "định kỳ " + cycle.vietnamese() + ", " + (day.before() ? "trước ngày " : "chậm nhất ngày ")
        + dayText;
    return ParsedDeadline.recurring(phrase, matched, cycle, dayInPeriod, day.before(), lastDay.plusDays(1),
        normalised).withFirstReport(lastDay);
  }
}
