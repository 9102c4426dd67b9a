package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges of work, on time through their last day, their start kept: "từ ngày 01/4/2024 đến ngày 30/4/2024", "từ
 * tháng 3 đến tháng 5/2024", "từ quý III/2026 đến quý III/2030", "giai đoạn 2021-2025", "năm 2026 - 2030", "trong 30
 * ngày kể từ ngày 01/6/2024"; a start alone ("Từ năm 2026, từng bước ...") is a range with no last day. A year left
 * out of one end is taken from the other; left out of both, the range is the next one not yet over.
 *
 * <p>Phases ("giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)") are read by {@link PhaseExpressions} from the ranges
 * found here.
 */
final class RangeExpressions implements Expressions {

  /** One end of a range; the prefix keeps the group names of the two ends apart. */
  static String point(String p) {
    return "(?:ngay (?:(?:mung|mong) )?(?<" + p + "vd>\\d{1,2}) thang (?<" + p + "vm>\\d{1,2})"
        + "(?:\\s*,?\\s*nam (?<" + p + "vy>\\d{4})|\\s*/\\s*(?<" + p + "vy2>\\d{4}))?"
        + "|(?:ngay (?:(?:mung|mong) )?)?(?<" + p + "d>\\d{1,2})\\s?(?<" + p + "sep>[/.-])\\s?(?<" + p + "m>\\d{1,2})"
        + "(?:\\s?\\k<" + p + "sep>\\s?(?<" + p + "y>\\d{4}))?(?![/.-]\\d)"
        + "|thang (?<" + p + "mo>\\d{1,2})(?:\\s*[/.-]\\s*(?<" + p + "moy>\\d{4})|\\s*,?\\s*nam (?<" + p
        + "moy2>\\d{4}))?"
        + "|quy (?<" + p + "q>[ivx]+|[1-4])(?![a-z0-9])(?:\\s*[/.-]\\s*(?<" + p + "qy>\\d{4})|\\s*,?\\s*nam (?<" + p
        + "qy2>\\d{4}))?"
        + "|(?:nam )?(?<" + p + "year>(?:19|20)\\d{2}))(?!\\d)";
  }

  private static final String TO = "\\s*,?\\s*(?:den(?: het| cuoi)?|toi|-)\\s*";
  /** "từ ... đến ...", "từ nay đến hết năm 2025". */
  static final Pattern FROM_TO = FoldedPattern.compile("(?<![a-z])tu (?:(?<now>nay)|" + point("a") + ")" + TO
      + point("b"));
  /** "giai đoạn 2021-2025", "năm 2026 - 2030", "những năm 2024-2025": years after a word that makes them years. */
  private static final Pattern YEARS = FoldedPattern.compile("(?:(?<![a-z])(?<word>giai doan(?: (?:[1-9]|[ivx]+))?"
      + "|(?:trong )?(?:cac |nhung )?nam|thoi ky)\\s*[(:]?\\s*(?:tu )?(?:nam )?|^[\\s(]*)"
      + "(?<a>(?:19|20)\\d{2})\\s*(?:-|den|toi|(?<list>,|va))\\s*(?:nam )?(?<b>(?:19|20)\\d{2})"
      + "(?!\\d)(?!\\s*[/.-]\\s*\\d)");
  /** "trong các tháng cao điểm (tháng 4, 5, 6, 7)": months one after another. */
  private static final Pattern MONTH_LIST = FoldedPattern.compile("(?<![a-z])thang (?<a>\\d{1,2})"
      + "(?<rest>(?:\\s*,\\s*\\d{1,2})*\\s*(?:,|va)\\s*(?<b>\\d{1,2}))(?!\\d)(?!\\s*[/.-]\\s*\\d)");
  /** "giai đoạn 2023 - 2025, tầm nhìn 2030": the title of a programme, not a time limit. */
  private static final Pattern VISION = FoldedPattern.compile("\\s*[,;]?\\s*(?:tam nhin|dinh huong)");
  /** "Từ năm 2026, ...": a start without an end. */
  private static final Pattern FROM_ONLY = FoldedPattern.compile("(?<![a-z])tu (?:" + point("a") + ")"
      + "(?!\\s*(?:tro di\\s*)?,?\\s*(?:den|toi|-)\\s*\\S)");
  /** "Từ tháng 5/2026, thường xuyên": ongoing from a start. */
  private static final Pattern THEN_ONGOING = FoldedPattern.compile("(?:\\s*tro di)?\\s*[,;:]?\\s*"
      + "(?:thuong xuyen|lien tuc)(?![a-z])");
  /** "từ ngày 1 đến 30/6/2024", "từ ngày 1-30/6/2021", "từ ngày 27 đến 29-7-2020": days of one month. */
  private static final Pattern DAY_SPAN = FoldedPattern.compile("(?<![a-z])tu ngay (?<d1>\\d{1,2})\\s*(?:den|-|toi)"
      + "\\s*(?:het )?(?:ngay )?(?<d2>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<m>\\d{1,2})(?:\\s?\\k<sep>\\s?(?<y>\\d{4}))?"
      + "(?!\\d)(?![/.-]\\d)");
  /** "hằng năm" right after a range: the same window every year ("từ ngày 15/11 đến ngày 15/12 hàng năm"). */
  private static final Pattern EVERY_YEAR = FoldedPattern.compile("\\s*,?\\s*(?:hang|moi) nam(?![a-z])(?!\\s*\\d)");
  /** "năm 2026 và các năm tiếp theo": from that year on. */
  private static final Pattern YEARS_ON = FoldedPattern.compile("(?<![a-z])nam (?<y>\\d{4})\\s*(?:,|va)\\s*"
      + "(?:cac|nhung) nam (?:tiep theo|sau)(?![a-z])");
  /** After a start alone, its end in the same sentence: "bắt đầu từ tháng 4, hoàn thành trước ngày 30-6-2020". */
  private static final Pattern THEN_END = FoldedPattern.compile("[^.;\\n]{0,40}?(?<![a-z])(?:hoan thanh|ket thuc"
      + "|xong)(?![a-z])");
  /** "Tháng hành động ...", "Tháng cao điểm ...": a campaign month, whose month is a window, not only a deadline. */
  private static final Pattern CAMPAIGN_MONTH = FoldedPattern.compile("(?<![a-z])thang (?:hanh dong|cao diem)"
      + "[^.;\\n]{0,120}?(?<![a-z])thang (?<m>\\d{1,2})(?:\\s*[/.-]\\s*(?<y>\\d{4})|\\s*,?\\s*nam (?<y2>\\d{4}))?"
      + "(?!\\d)(?!\\s*[/.-]\\s*\\d)(?!\\s*,\\s*\\d)");
  /** "trong 30 ngày kể từ ngày 01/6/2024": a campaign of days from a written date. */
  private static final Pattern DAYS_FROM = FoldedPattern.compile("(?<![a-z0-9])(?:(?:trong(?: vong| thoi gian)?"
      + "|keo dai|dien ra(?: trong)?) )?(?<n>\\d{1,3}) ngay (?:(?:ke )?tu|bat dau tu) " + point("a"));

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Candidate> found = new ArrayList<>();
    String folded = text.folded();
    Matcher fromTo = FROM_TO.matcher(folded);
    while (fromTo.find()) {
      End b = End.of(fromTo, "b");
      End a = fromTo.group("now") != null ? End.day(reference) : End.of(fromTo, "a");
      if (a == null || b == null) {
        continue;
      }
      Resolved range = resolve(a, b, reference);
      if (range.problem() != null) {
        continue; // "từ 10-15 ngày" is no date at all
      }
      if (fromTo.group("now") != null) {
        // "từ nay đến cuối tháng 2-2017": from the document's date, so only its end is a time limit
        found.add(new Candidate(fromTo.start(), fromTo.end(), Strength.SPECIFIC, ParsedDeadline.due(text.raw(),
            text.original(fromTo.start(), fromTo.end()), range.lastDay())));
        continue;
      }
      Matcher everyYear = EVERY_YEAR.matcher(folded).region(fromTo.end(), folded.length());
      if (everyYear.lookingAt() && a.year() == null && b.year() == null) {
        found.add(new Candidate(fromTo.start(), everyYear.end(), Strength.SPECIFIC, yearlyWindow(text,
            fromTo.start(), everyYear.end(), new DateRange(range.start(), range.lastDay()))));
        continue;
      }
      add(found, text, fromTo.start(), fromTo.end(), range);
    }
    Matcher years = YEARS.matcher(folded);
    while (years.find()) {
      int first = Integer.parseInt(years.group("a"));
      int last = Integer.parseInt(years.group("b"));
      if (last <= first || VISION.matcher(folded).region(years.end(), folded.length()).lookingAt()) {
        continue;
      }
      if (years.group("list") != null && (years.group("word") == null || last != first + 1)) {
        continue; // "năm 2023, 2024" are two years that follow each other; "2023, 2025" are not a range
      }
      if (years.group("word") == null && !folded.substring(years.end()).matches("[\\s).,;]*")) {
        continue; // bare "2026 - 2027" only as the whole phrase (a table's cell)
      }
      boolean phase = years.group("word") != null && years.group("word").startsWith("giai doan");
      if (phase && last < reference.getYear()) {
        continue; // "chữa cháy giai đoạn 2021-2023" in a document of 2024: the title of what is carried on
      }
      found.add(new Candidate(years.start(), years.end(), Strength.SPAN, ParsedDeadline.range(text.raw(),
          text.original(years.start(), years.end()), new DateRange(LocalDate.of(first, 1, 1),
              LocalDate.of(last, 12, 31)))));
    }
    Matcher months = MONTH_LIST.matcher(folded);
    while (months.find()) {
      int[] listed = java.util.Arrays.stream(months.group().replaceAll("[^0-9,]+", ",").split(","))
          .filter(n -> !n.isEmpty()).mapToInt(Integer::parseInt).toArray();
      boolean consecutive = listed.length >= 2;
      for (int i = 1; i < listed.length; i++) {
        consecutive &= listed[i] == listed[i - 1] + 1;
      }
      if (!consecutive || listed[listed.length - 1] > 12) {
        continue;
      }
      Resolved range = resolve(new End('m', 1, listed[0], null, null), new End('m', 1, listed[listed.length - 1],
          null, null), reference);
      if (range.problem() == null) {
        add(found, text, months.start(), months.end(), range);
      }
    }
    Matcher daySpan = DAY_SPAN.matcher(folded);
    while (daySpan.find()) {
      int month = Integer.parseInt(daySpan.group("m"));
      Integer year = daySpan.group("y") == null ? null : Integer.valueOf(daySpan.group("y"));
      End a = new End('d', Integer.parseInt(daySpan.group("d1")), month, year,
          CalendarCheck.dayProblem(Integer.parseInt(daySpan.group("d1")), month, year));
      End b = new End('d', Integer.parseInt(daySpan.group("d2")), month, year,
          CalendarCheck.dayProblem(Integer.parseInt(daySpan.group("d2")), month, year));
      Resolved range = resolve(a, b, reference);
      if (range.problem() == null) {
        add(found, text, daySpan.start(), daySpan.end(), range);
      }
    }
    Matcher yearsOn = YEARS_ON.matcher(folded);
    while (yearsOn.find()) {
      found.add(new Candidate(yearsOn.start(), yearsOn.end(), Strength.SPECIFIC, ParsedDeadline.ongoing(text.raw(),
          text.original(yearsOn.start(), yearsOn.end()), "thường xuyên, từ năm " + yearsOn.group("y")
              + " và các năm tiếp theo")));
    }
    Matcher campaign = CAMPAIGN_MONTH.matcher(folded);
    while (campaign.find()) {
      int m = Integer.parseInt(campaign.group("m"));
      String y = campaign.group("y") != null ? campaign.group("y") : campaign.group("y2");
      if (m < 1 || m > 12) {
        continue;
      }
      End month = new End('m', 1, m, y == null ? null : Integer.valueOf(y), null);
      Resolved range = resolve(month, month, reference);
      if (range.problem() == null) {
        add(found, text, campaign.start(), campaign.end(), range);
      }
    }
    List<Candidate> ends = new ArrayList<>(new DateExpressions().find(text, reference));
    ends.addAll(new PeriodExpressions().find(text, reference));
    Matcher fromOnly = FROM_ONLY.matcher(folded);
    while (fromOnly.find()) {
      End a = End.of(fromOnly, "a");
      if (a == null) {
        continue;
      }
      Matcher then = THEN_END.matcher(folded).region(fromOnly.end(), folded.length());
      Candidate end = !then.lookingAt() ? null : ends.stream()
          .filter(c -> c.reading().form() == DeadlineForm.DUE && c.start() >= then.start() && c.start() <= then.end() + 12)
          .findFirst().orElse(null);
      if (end != null) {
        // "bắt đầu từ tháng 4.2020 và hoàn thành trong tháng 5.2020": a range from the start to that deadline
        LocalDate last = end.reading().lastDay();
        LocalDate first = a.year() != null ? a.first(a.year()) : a.first(last.getYear());
        if (first != null && !first.isAfter(last)) {
          found.add(new Candidate(fromOnly.start(), end.end(), Strength.SPECIFIC, ParsedDeadline.range(text.raw(),
              text.original(fromOnly.start(), end.end()), new DateRange(first, last))));
          continue;
        }
      }
      if (a.year() == null) {
        continue;
      }
      Matcher ongoing = THEN_ONGOING.matcher(folded).region(fromOnly.end(), folded.length());
      if (ongoing.lookingAt()) {
        found.add(new Candidate(fromOnly.start(), ongoing.end(), Strength.SPECIFIC, ParsedDeadline.ongoing(
            text.raw(), text.original(fromOnly.start(), ongoing.end()), "thường xuyên, từ "
                + a.first(a.year()).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        continue;
      }
      found.add(new Candidate(fromOnly.start(), fromOnly.end(), Strength.SPECIFIC, ParsedDeadline.openRange(
          text.raw(), text.original(fromOnly.start(), fromOnly.end()), a.first(a.year()))));
    }
    Matcher daysFrom = DAYS_FROM.matcher(folded);
    while (daysFrom.find()) {
      End a = End.of(daysFrom, "a");
      int n = Integer.parseInt(daysFrom.group("n"));
      if (a == null || a.kind() != 'd' || n == 0) {
        continue;
      }
      Resolved from = resolve(a, a, reference);
      if (from.problem() != null) {
        continue;
      }
      // Bộ luật Dân sự, Điều 147: the day the count starts from is not counted; as for "trong 07 ngày" from issue
      add(found, text, daysFrom.start(), daysFrom.end(), new Resolved(from.start(), from.start().plusDays(n), null));
    }
    return found;
  }

  /** The same window each year: reported on by its end, the window being the period it covers. */
  private static ParsedDeadline yearlyWindow(NormalisedText text, int start, int end, DateRange window) {
    return ParsedDeadline.recurring(text.raw(), text.original(start, end), Cycle.YEARLY, null, false,
        window.lastDay().plusDays(1), "hằng năm, " + window.vietnamese().replaceAll("/\\d{4}", ""))
        .withFirstReport(window.lastDay()).withPeriod(window, null);
  }

  private static void add(List<Candidate> found, NormalisedText text, int start, int end, Resolved range) {
    ParsedDeadline reading = range.problem() != null ? ParsedDeadline.unparsed(text.raw(), range.problem())
        : ParsedDeadline.range(text.raw(), text.original(start, end), new DateRange(range.start(), range.lastDay()));
    found.add(new Candidate(start, end, Strength.SPECIFIC, reading));
  }

  /** A range read, or why it cannot be. */
  record Resolved(LocalDate start, LocalDate lastDay, String problem) {}

  /** Both ends, years filled in from each other or the reference date. */
  static Resolved resolve(End a, End b, LocalDate reference) {
    String problem = a.problem() != null ? a.problem() : b.problem();
    if (problem != null) {
      return new Resolved(null, null, problem);
    }
    Integer yearB = b.year() != null ? b.year() : a.year();
    LocalDate lastDay;
    if (yearB != null) {
      lastDay = b.last(yearB);
      if (b.year() == null && a.year() != null && lastDay.isBefore(a.first(a.year()))) {
        lastDay = b.last(yearB + 1); // "từ 15/12/2024 đến 14/6"
      }
    } else {
      lastDay = NextOccurrence.lastDay(reference, b::last);
    }
    if (lastDay == null) {
      return new Resolved(null, null, "không tìm thấy ngày kết thúc (no end day found)");
    }
    LocalDate start = a.year() != null ? a.first(a.year()) : a.first(lastDay.getYear());
    if (start == null) {
      return new Resolved(null, null, "ngày bắt đầu không tồn tại (no such start day)");
    }
    if (a.year() == null && start.isAfter(lastDay)) {
      start = a.first(lastDay.getYear() - 1);
    }
    if (start == null || start.isAfter(lastDay)) {
      return new Resolved(null, null, "ngày bắt đầu sau ngày kết thúc (the range starts after it ends)");
    }
    return new Resolved(start, lastDay, null);
  }

  /**
   * One end: a day ('d'), month ('m'), quarter ('q') or year ('y'); {@code year} null when written without one.
   */
  record End(char kind, int day, int month, Integer year, String problem) {

    static End day(LocalDate day) {
      return new End('d', day.getDayOfMonth(), day.getMonthValue(), day.getYear(), null);
    }

    static End of(Matcher m, String p) {
      if (m.group(p + "vd") != null || m.group(p + "d") != null) {
        boolean verbal = m.group(p + "vd") != null;
        int d = Integer.parseInt(m.group(p + (verbal ? "vd" : "d")));
        int mo = Integer.parseInt(m.group(p + (verbal ? "vm" : "m")));
        String y = verbal ? either(m.group(p + "vy"), m.group(p + "vy2")) : m.group(p + "y");
        Integer year = y == null ? null : Integer.valueOf(y);
        return new End('d', d, mo, year, CalendarCheck.dayProblem(d, mo, year));
      }
      if (m.group(p + "mo") != null) {
        int mo = Integer.parseInt(m.group(p + "mo"));
        String y = either(m.group(p + "moy"), m.group(p + "moy2"));
        return new End('m', 1, mo, y == null ? null : Integer.valueOf(y), CalendarCheck.monthProblem(mo));
      }
      if (m.group(p + "q") != null) {
        int q = quarter(m.group(p + "q"));
        String y = either(m.group(p + "qy"), m.group(p + "qy2"));
        if (q < 1 || q > 4) {
          return null;
        }
        return new End('q', 1, q * 3, y == null ? null : Integer.valueOf(y), null);
      }
      if (m.group(p + "year") != null) {
        return new End('y', 1, 12, Integer.valueOf(m.group(p + "year")), null);
      }
      return null;
    }

    /** The first day this end names in {@code y}, or null if there is none (29/2). */
    LocalDate first(int y) {
      return switch (kind) {
        case 'd' -> CalendarCheck.dayProblem(day, month, y) == null ? LocalDate.of(y, month, day) : null;
        case 'm' -> LocalDate.of(y, month, 1);
        case 'q' -> LocalDate.of(y, month - 2, 1);
        default -> LocalDate.of(y, 1, 1);
      };
    }

    /** The last day this end names in {@code y}, or null if there is none. */
    LocalDate last(int y) {
      return switch (kind) {
        case 'd' -> CalendarCheck.dayProblem(day, month, y) == null ? LocalDate.of(y, month, day) : null;
        case 'm', 'q' -> YearMonth.of(y, month).atEndOfMonth();
        default -> LocalDate.of(y, 12, 31);
      };
    }
  }

  private static int quarter(String numeral) {
    if (Character.isDigit(numeral.charAt(0))) {
      return Integer.parseInt(numeral);
    }
    return List.of("i", "ii", "iii", "iv").indexOf(numeral) + 1;
  }

  private static String either(String a, String b) {
    return a != null ? a : b;
  }
}
