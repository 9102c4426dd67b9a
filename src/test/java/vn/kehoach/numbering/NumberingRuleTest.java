package vn.kehoach.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.organisation.IssuerKind;
import vn.kehoach.organisation.IssuerProfile;

class NumberingRuleTest {

  private static final IssuerProfile BLOC_PARTY_COMMITTEE = new IssuerProfile(IssuerKind.PARTY, "ĐUK", "office", "signer",
      List.of(LocalDate.of(2020, 10, 20), LocalDate.of(2025, 10, 15)), null);
  private static final IssuerProfile PEOPLES_COMMITTEE = new IssuerProfile(IssuerKind.STATE, "UBND", "office", "signer", null,
      null);

  @Test
  void partyNumbersAreWrittenSequenceTypeSlashIssuer() {
    assertThat(NumberingRule.format(BLOC_PARTY_COMMITTEE, "KH", 37)).isEqualTo("37-KH/ĐUK");
    assertThat(NumberingRule.format(BLOC_PARTY_COMMITTEE, "CV", 2639)).isEqualTo("2639-CV/ĐUK");
    assertThat(NumberingRule.format(BLOC_PARTY_COMMITTEE, "KH", 1)).isEqualTo("01-KH/ĐUK");
  }

  @Test
  void stateNumbersAreWrittenSequenceSlashTypeDashIssuer() {
    assertThat(NumberingRule.format(PEOPLES_COMMITTEE, "KH", 20)).isEqualTo("20/KH-UBND");
    assertThat(NumberingRule.format(PEOPLES_COMMITTEE, "BC", 3)).isEqualTo("03/BC-UBND");
  }

  @Test
  void partyPeriodIsTheTermThatContainsTheDate() {
    assertThat(NumberingRule.period(BLOC_PARTY_COMMITTEE, LocalDate.of(2021, 11, 1))).isEqualTo("term-2020-10-20");
    assertThat(NumberingRule.period(BLOC_PARTY_COMMITTEE, LocalDate.of(2025, 10, 14))).isEqualTo("term-2020-10-20");
    assertThat(NumberingRule.period(BLOC_PARTY_COMMITTEE, LocalDate.of(2025, 10, 15))).isEqualTo("term-2025-10-15");
    assertThat(NumberingRule.period(BLOC_PARTY_COMMITTEE, LocalDate.of(2026, 1, 1)))
        .as("a new calendar year does not restart a Party term").isEqualTo("term-2025-10-15");
  }

  @Test
  void statePeriodIsTheCalendarYear() {
    assertThat(NumberingRule.period(PEOPLES_COMMITTEE, LocalDate.of(2024, 12, 31))).isEqualTo("year-2024");
    assertThat(NumberingRule.period(PEOPLES_COMMITTEE, LocalDate.of(2025, 1, 1))).isEqualTo("year-2025");
  }

  @Test
  void aDateBeforeTheFirstKnownTermIsAnError() {
    assertThatThrownBy(() -> NumberingRule.period(BLOC_PARTY_COMMITTEE, LocalDate.of(2019, 5, 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no term covering 2019-05-01");
  }
}
