package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day: "15/5/2024", "15-5-2024", "15.5.2024", "ngày 15 tháng 5 năm 2024", bare or after "chậm nhất (là) ngày",
 * "đến ngày", "hoàn thành trong ngày" (on time through that day) or "(xong / hoàn thành) trước ngày" (late from
 * that day). Without a year it means the next such day; a date without a year also needs "ngày" or one of those
 * words, since a bare "15/5" could be anything.
 */
final class DateExpressions implements Expressions {

  private static final String QUALIFIER = "(?<qual>(?:(?:hoan thanh|thuc hien xong|xong|gui|nop) )?(?<before>truoc)"
      + "|cham nhat(?: la)?(?: vao)?|den(?: het)?|han cuoi(?: la)?|han chot(?: la)?"
      + "|(?:hoan thanh|xong)(?: trong)?|trong|vao)";
  /** "trước 17 giờ ngày ...": an hour is not a day boundary; read as a day it would be wrong by hours. */
  private static final String TIME_OF_DAY = "(?<time>\\d{1,2}\\s*(?:h|gio)(?:\\s*\\d{2})?(?:\\s*(?:phut|p))?)";
  private static final Pattern DATE = FoldedPattern.compile("(?<![a-z0-9])(?:" + QUALIFIER + " )?(?:" + TIME_OF_DAY
      + " )?(?:ngay (?:(?:mung|mong) )?(?<vd>\\d{1,2}) thang (?<vm>\\d{1,2})"
      + "(?:\\s*,?\\s*nam (?<vy>\\d{4})|\\s*/\\s*(?<vy2>\\d{4}))?"
      + "|(?<dayword>ngay (?:(?:mung|mong) )?)?(?<![\\d/.-])(?<d>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<m>\\d{1,2})"
      + "(?:\\s?\\k<sep>\\s?(?<y>\\d{4}))?)(?!\\d)(?!\\s?[/.-]\\s?\\d)");

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Candidate> found = new ArrayList<>();
    Matcher date = DATE.matcher(text.folded());
    while (date.find()) {
      boolean verbal = date.group("vd") != null;
      int day = Integer.parseInt(verbal ? date.group("vd") : date.group("d"));
      int month = Integer.parseInt(verbal ? date.group("vm") : date.group("m"));
      String yearText = verbal ? firstNonNull(date.group("vy"), date.group("vy2")) : date.group("y");
      boolean qualified = date.group("qual") != null;
      if (yearText == null && !verbal && !qualified && date.group("dayword") == null) {
        continue;
      }
      if (!qualified && StartMarker.precedes(text, date.start())) {
        continue;
      }
      found.add(candidate(text, reference, date, day, month, yearText == null ? null : Integer.valueOf(yearText)));
    }
    return found;
  }

  private static Candidate candidate(NormalisedText text, LocalDate reference, Matcher date, int day, int month,
      Integer year) {
    String phrase = text.raw();
    if (date.group("time") != null) {
      return invalid(date, phrase, "giờ trong ngày (" + text.original(date.start("time"), date.end("time"))
          + ") chưa được hỗ trợ, hãy ghi hạn theo ngày (a time of day is not supported; give the deadline as a day)");
    }
    String problem = CalendarCheck.dayProblem(day, month, year);
    if (problem != null) {
      return invalid(date, phrase, problem);
    }
    int shift = date.group("before") != null ? 1 : 0;
    LocalDate lastDay = year != null
        ? LocalDate.of(year, month, day).minusDays(shift)
        : NextOccurrence.lastDay(reference,
            y -> CalendarCheck.dayProblem(day, month, y) == null ? LocalDate.of(y, month, day).minusDays(shift) : null);
    return new Candidate(date.start(), date.end(), Strength.SPECIFIC,
        ParsedDeadline.due(phrase, text.original(date.start(), date.end()), lastDay));
  }

  private static Candidate invalid(Matcher date, String phrase, String reason) {
    return new Candidate(date.start(), date.end(), Strength.SPECIFIC, ParsedDeadline.unparsed(phrase, reason));
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
