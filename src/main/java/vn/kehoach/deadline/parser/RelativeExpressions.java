package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of days from an event: "trong 05 ngày làm việc", "trong vòng 10 ngày làm việc kể từ ngày ban hành",
 * "trong 07 ngày", "chậm nhất 15 ngày kể từ ngày ký". The working-day calendar resolves it later, so no instant here.
 * "số 12 ngày 16/3/2022" is a document, not twelve days: a count needs a leading word, "làm việc" or "kể từ".
 * "trong 3 tháng kể từ ..." is refused rather than ignored: the calendar counts days only.
 */
final class RelativeExpressions implements Expressions {

  private static final Pattern DAYS = FoldedPattern.compile("(?<![a-z0-9])(?:(?<lead>trong vong|trong thoi han|trong"
      + "|cham nhat(?: la)?(?: sau)?|khong qua|sau) )?(?<n>\\d{1,3}) (?<unit>ngay|thang|tuan)(?<working> lam viec)?"
      + "(?![a-z])(?!\\s*\\d)"
      + "(?:\\s*,?\\s*(?<from>(?:ke )?tu|sau) (?<point>ngay|khi)"
      + "(?: (?<event>ky ban hanh|ban hanh|ky|nhan duoc|nhan|co hieu luc)(?![a-z]))?)?");
  /** "kể từ ngày 15/5/2024": the count starts at a written date. */
  private static final Pattern DATE_NEXT = Pattern.compile("\\s*\\d{1,2}\\s?[/.-]\\s?\\d{1,2}");

  private static final Map<String, String> EVENTS = Map.of("ky ban hanh", "ký ban hành", "ban hanh", "ban hành",
      "ky", "ký", "nhan duoc", "nhận được", "nhan", "nhận", "co hieu luc", "có hiệu lực");

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Candidate> found = new ArrayList<>();
    Matcher days = DAYS.matcher(text.folded());
    while (days.find()) {
      boolean working = days.group("working") != null;
      if (days.group("lead") == null && !working && days.group("from") == null) {
        continue;
      }
      found.add(candidate(text, days, working));
    }
    return found;
  }

  private static Candidate candidate(NormalisedText text, Matcher days, boolean working) {
    String phrase = text.raw();
    int amount = Integer.parseInt(days.group("n"));
    if (!days.group("unit").equals("ngay")) {
      return new Candidate(days.start(), days.end(), Strength.SPECIFIC, ParsedDeadline.unparsed(phrase, "thời hạn "
          + text.original(days.start(), days.end()) + " chưa được hỗ trợ, chỉ tính theo ngày (only a number of days "
          + "is supported, not weeks or months)"));
    }
    if (amount == 0) {
      return new Candidate(days.start(), days.end(), Strength.SPECIFIC,
          ParsedDeadline.unparsed(phrase, "thời hạn 0 ngày không có nghĩa (a time limit of 0 days means nothing)"));
    }
    if (days.group("from") != null && days.group("event") == null
        && DATE_NEXT.matcher(text.folded()).region(days.end(), text.folded().length()).lookingAt()) {
      return new Candidate(days.start(), days.end(), Strength.SPECIFIC, ParsedDeadline.unparsed(phrase,
          "thời hạn tính từ một ngày ghi cụ thể chưa được hỗ trợ (a number of days from a written date is not "
              + "supported)"));
    }
    StringBuilder normalised = new StringBuilder(String.format("%02d ngày", amount));
    if (working) {
      normalised.append(" làm việc");
    }
    if (days.group("event") != null) {
      normalised.append(" kể từ ").append(days.group("point").equals("khi") ? "khi " : "ngày ")
          .append(EVENTS.get(days.group("event").replaceAll("\\s+", " ")));
    }
    // a bare count ("trong 90 ngày") is the length of what a written range may state exactly: it gives way to it
    Strength strength = days.group("event") == null && days.group("from") == null ? Strength.SPAN : Strength.SPECIFIC;
    return new Candidate(days.start(), days.end(), strength, ParsedDeadline.relative(phrase,
        text.original(days.start(), days.end()), amount, working, normalised.toString()));
  }
}
