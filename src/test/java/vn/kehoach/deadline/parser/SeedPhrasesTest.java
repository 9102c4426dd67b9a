package vn.kehoach.deadline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table quotes the five seed documents verbatim (line breaks included), and the parser copes with each whole
 * document: citations everywhere, a dateline, labels, and one real deadline in seed 001.
 */
class SeedPhrasesTest {

  private static final Map<String, String> SEEDS = Map.of("000", "000_3e6cd02d4f02010f.txt",
      "001", "001_d69f44e7a2bdd701.txt", "002", "002_6505cb652dd79bfc.txt", "003", "003_5c222c2bfaffcb3f.txt",
      "004", "004_b87cf12effb29d41.txt");
  private static final Pattern SEED_SECTION = Pattern.compile("# seed (\\d{3})");

  private final DeadlineParser parser = new DeadlineParser();

  @Test
  void everySeedRowQuotesItsDocumentVerbatim() {
    Map<String, List<String>> phrasesBySeed = seedPhrases();

    assertThat(phrasesBySeed.keySet()).containsExactly("000", "001", "002", "003", "004");
    phrasesBySeed.forEach((seed, phrases) -> {
      String document = seed(seed);
      assertThat(phrases).allSatisfy(phrase -> assertThat(document).as("seed %s", seed).contains(phrase));
    });
  }

  @Test
  void theTableHasAtLeast120RowsAndQuotesSeedLineBreaks() {
    List<String> rows = PhraseTable.resource(PhraseTable.RESOURCE).lines().skip(1)
        .filter(line -> !line.startsWith("#") && !line.isEmpty()).toList();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
    assertThat(seedPhrases().get("001")).anyMatch(phrase -> phrase.contains("xong \n\ntrong tháng 4/2024"));
  }

  @Test
  void seed001IsDueInApril2024DespiteItsCitedDates() {
    ParsedDeadline parsed = parser.parse(seed("001"), LocalDate.of(2024, 4, 1));

    assertThat(parsed.form()).isEqualTo(DeadlineForm.DUE);
    assertThat(parsed.matched()).isEqualTo("thực hiện xong trong tháng 4/2024");
    assertThat(parsed.due()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00+07:00").toInstant());
  }

  @Test
  void seed003IsOngoingByItsLabel() {
    ParsedDeadline parsed = parser.parse(seed("003"), LocalDate.of(2024, 4, 15));

    assertThat(parsed.form()).isEqualTo(DeadlineForm.ONGOING);
    assertThat(parsed.matched()).isEqualTo("thường xuyên");
  }

  @Test
  void seed004RecursYearly() {
    ParsedDeadline parsed = parser.parse(seed("004"), LocalDate.of(2021, 11, 1));

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RECURRING);
    assertThat(parsed.cycle()).isEqualTo(Cycle.YEARLY);
    assertThat(parsed.matched()).isEqualTo("Hàng năm");
    assertThat(parsed.due()).isEqualTo(OffsetDateTime.parse("2022-01-01T00:00:00+07:00").toInstant());
  }

  @Test
  void seeds000And002AreOnlyPeriodicWithoutACycle() {
    for (String seed : List.of("000", "002")) {
      ParsedDeadline parsed = parser.parse(seed(seed), LocalDate.of(2024, 5, 2));

      assertThat(parsed.form()).as("seed %s", seed).isEqualTo(DeadlineForm.RECURRING);
      assertThat(parsed.cycle()).as("seed %s", seed).isNull();
      assertThat(parsed.due()).as("seed %s", seed).isNull();
      assertThat(parsed.matched()).as("seed %s", seed).isEqualTo("định kỳ");
    }
  }

  private static String seed(String number) {
    return PhraseTable.resource("/deadline/seeds/" + SEEDS.get(number));
  }

  /** Phrases of the rows under each "# seed 00N" comment, up to the next comment. */
  private static Map<String, List<String>> seedPhrases() {
    Map<String, List<String>> phrases = new TreeMap<>();
    String seed = null;
    for (String line : PhraseTable.resource(PhraseTable.RESOURCE).lines().skip(1).toList()) {
      if (line.startsWith("#")) {
        Matcher section = SEED_SECTION.matcher(line);
        seed = section.matches() ? section.group(1) : null;
      } else if (seed != null && !line.isEmpty()) {
        phrases.computeIfAbsent(seed, s -> new ArrayList<>()).add(PhraseTable.unescape(line.split("\\|", -1)[0]));
      }
    }
    return phrases;
  }
}
