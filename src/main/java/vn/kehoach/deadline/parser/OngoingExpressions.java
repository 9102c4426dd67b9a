package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "thường xuyên", "liên tục", "thường xuyên, liên tục": ongoing work. Often only an adverb beside a real deadline
 * ("thường xuyên kiểm tra ... xong trong tháng 4/2024"), hence the weakest candidate.
 */
final class OngoingExpressions implements Expressions {

  /**
   * Not the nouns "giáo dục thường xuyên" (continuing education) and "chi thường xuyên" (recurrent spending), nor
   * "không thường xuyên" (occasional) or "thường xuyên bị ..." (often hit by).
   */
  private static final Pattern ONGOING = FoldedPattern.compile("(?<![a-z])(?<!giao\\sduc\\s)(?<!khong\\s)(?<!chi\\s)"
      + "(?:thuong xuyen(?:\\s*,?\\s*(?:va )?lien tuc)?|lien tuc(?:\\s*,?\\s*(?:va )?thuong xuyen)?)(?:\\s*,?\\s*(?:hang|moi) nam)?(?![a-z])(?! bi )");

  @Override
  public List<Candidate> find(NormalisedText text, LocalDate reference) {
    List<Candidate> found = new ArrayList<>();
    Matcher ongoing = ONGOING.matcher(text.folded());
    while (ongoing.find()) {
      String words = ongoing.group().replaceAll("\\s+", " ");
      String normalised = !words.contains("lien tuc") ? "thường xuyên"
          : !words.contains("thuong xuyen") ? "liên tục" : "thường xuyên, liên tục";
      found.add(new Candidate(ongoing.start(), ongoing.end(), Strength.ADVERB,
          ParsedDeadline.ongoing(text.raw(), text.original(ongoing.start(), ongoing.end()), normalised)));
    }
    return found;
  }
}
