package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every row of {@code /deadline/phrases.csv}: the phrase, its reference date, and exactly what it must mean. */
class DeadlinePhrasesTest {

  private final DeadlineParser parser = new DeadlineParser();

  @ParameterizedTest(name = "{index}: {0} @ {1} -> {2} {3}{4}")
  @CsvFileSource(resources = PhraseTable.RESOURCE, delimiter = '|', numLinesToSkip = 1, encoding = "UTF-8",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsThePhrase(String escapedPhrase, LocalDate referenceDate, DeadlineForm form, OffsetDateTime due,
      Cycle cycle, MonthDay dayInPeriod, Integer amount, Boolean workingDays) {
    String phrase = PhraseTable.unescape(escapedPhrase);

    ParsedDeadline parsed = parser.parse(phrase, referenceDate);

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(parsed.form()).as("form (reason: %s)", parsed.reason()).isEqualTo(form);
    softly.assertThat(parsed.phrase()).as("phrase").isEqualTo(phrase);
    softly.assertThat(parsed.due()).as("due").isEqualTo(due == null ? null : due.toInstant());
    softly.assertThat(parsed.lastDay()).as("lastDay")
        .isEqualTo(form == DeadlineForm.DUE || form == DeadlineForm.RANGE || form == DeadlineForm.PHASED
            ? due.toLocalDate().minusDays(1) : null);
    softly.assertThat(parsed.cycle()).as("cycle").isEqualTo(cycle);
    softly.assertThat(parsed.dayInPeriod()).as("dayInPeriod").isEqualTo(dayInPeriod);
    softly.assertThat(parsed.amount()).as("amount").isEqualTo(amount);
    softly.assertThat(parsed.workingDays()).as("workingDays").isEqualTo(Boolean.TRUE.equals(workingDays));
    if (form == DeadlineForm.UNPARSED) {
      softly.assertThat(parsed.matched()).as("matched").isNull();
      softly.assertThat(parsed.normalised()).as("normalised").isNull();
      softly.assertThat(parsed.reason()).as("reason").isNotBlank().contains("(").endsWith(")");
    } else {
      softly.assertThat(parsed.matched()).as("matched").isNotBlank();
      softly.assertThat(parsed.normalised()).as("normalised").isNotBlank();
      softly.assertThat(parsed.reason()).as("reason").isNull();
    }
    softly.assertAll();
  }
}
