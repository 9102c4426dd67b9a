package vn.kehoach.deadline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * The classes of issue 14, part 5: date ranges, phases and periods tied to years, campaign durations, and the report
 * calendars of Nghị định 09/2019/NĐ-CP (Điều 12: the cut-off days of monthly, quarterly, half-year and yearly
 * reports).
 */
class RangesPhasesAndReportCalendarsTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private final DeadlineParser parser = new DeadlineParser();

  @Test
  void aRangeOfDaysAnswersWithItsStartAndItsLastDay() {
    ParsedDeadline parsed = parser.parse("Tổ chức từ ngày 01/4/2024 đến ngày 30/4/2024.", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(parsed.due()).isEqualTo(LocalDate.of(2024, 5, 1).atStartOfDay(ParsedDeadline.ZONE).toInstant());
    assertThat(parsed.normalised()).isEqualTo("từ 01/04/2024 đến 30/04/2024");
  }

  @Test
  void aRangeOfMonthsTakesItsYearFromItsEnd() {
    ParsedDeadline parsed = parser.parse("từ tháng 3 đến tháng 5/2024", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 5, 31));
  }

  @Test
  void aPhaseOfYearsIsARange() {
    ParsedDeadline parsed = parser.parse("Thực hiện giai đoạn 2021-2025", LocalDate.of(2021, 6, 1));

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aProgrammesNameIsNoTimeLimit() {
    assertThat(parser.parse("Đề án giai đoạn 2023 - 2025, tầm nhìn 2030", MARCH_1).form())
        .isEqualTo(DeadlineForm.UNPARSED);
    assertThat(parser.parse("Đề án đến năm 2030, định hướng đến năm 2045", MARCH_1).form())
        .isEqualTo(DeadlineForm.UNPARSED);
  }

  @Test
  void phasesAnswerPerPhase() {
    ParsedDeadline parsed = parser.parse("giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.PHASED);
    assertThat(parsed.phases()).containsExactly(
        new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
        new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)));
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(parsed.normalised())
        .isEqualTo("giai đoạn 1: từ 01/01/2024 đến 31/12/2025; giai đoạn 2: từ 01/01/2026 đến 31/12/2030");
  }

  @Test
  void phasesWrittenAsRangesWithTextBetween() {
    ParsedDeadline parsed = parser.parse("Giai đoạn I: từ năm 2024 đến năm 2025, thí điểm tại 3 xã.\n"
        + "Giai đoạn II: từ năm 2026 đến năm 2030, nhân rộng toàn tỉnh.", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.PHASED);
    assertThat(parsed.phases()).extracting(DateRange::toString)
        .containsExactly("2024-01-01..2025-12-31", "2026-01-01..2030-12-31");
  }

  @Test
  void untilAYearIsDueAtItsEnd() {
    ParsedDeadline parsed = parser.parse("đến năm 2025", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.DUE);
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void fromAYearOnIsARangeWithoutALastDay() {
    ParsedDeadline parsed = parser.parse("Từ năm 2026, từng bước thực hiện", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(parsed.lastDay()).isNull();
    assertThat(parsed.due()).isNull();
  }

  @Test
  void aCampaignOfDaysFromAWrittenDate() {
    ParsedDeadline parsed = parser.parse("Đợt cao điểm trong 30 ngày kể từ ngày 01/6/2024", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2024, 6, 1));
    // Bộ luật Dân sự, Điều 147: the day counted from is not counted
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void aCampaignMonthWithItsDates() {
    ParsedDeadline parsed = parser.parse("Tháng hành động vì trẻ em năm 2024 từ ngày 1 đến 30/6/2024", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RANGE);
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void aHalfYearReportBeforeItsDayCoversTheDecreesCutOffPeriod() {
    ParsedDeadline parsed = parser.parse("báo cáo 6 tháng trước ngày 20/6", MARCH_1);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RECURRING);
    assertThat(parsed.cycle()).isEqualTo(Cycle.HALF_YEARLY);
    assertThat(parsed.dayInPeriod()).isEqualTo(MonthDay.of(1, 20));
    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2024, 6, 19));
    assertThat(parsed.period()).hasToString("2023-12-15..2024-06-14");
  }

  @Test
  void aYearlyReportBeforeItsDayCoversTheDecreesCutOffPeriod() {
    ParsedDeadline parsed = parser.parse("báo cáo năm trước ngày 15/12", MARCH_1);

    assertThat(parsed.cycle()).isEqualTo(Cycle.YEARLY);
    assertThat(parsed.dayInPeriod()).isEqualTo(MonthDay.of(12, 15));
    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2024, 12, 14));
    assertThat(parsed.period()).hasToString("2023-12-15..2024-12-14");
  }

  @Test
  void aQuarterlyReportOnADayOfTheQuartersLastMonth() {
    ParsedDeadline parsed = parser.parse("báo cáo hằng quý trước ngày 15 của tháng cuối quý", MARCH_1);

    assertThat(parsed.cycle()).isEqualTo(Cycle.QUARTERLY);
    assertThat(parsed.dayInPeriod()).isEqualTo(MonthDay.of(1, 15));
    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(parsed.period()).hasToString("2023-12-15..2024-03-14");
  }

  @Test
  void aMonthlyReportCoversFromTheFifteenthOfTheMonthBefore() {
    ParsedDeadline parsed = parser.parse("báo cáo định kỳ hằng tháng trước ngày 20", LocalDate.of(2024, 5, 2));

    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2024, 5, 19));
    assertThat(parsed.period()).hasToString("2024-04-15..2024-05-14");
  }

  @Test
  void theDataAReportCoversAsWritten() {
    ParsedDeadline parsed = parser.parse("- Báo cáo tháng: Số liệu từ ngày 15 tháng trước đến hết ngày 14 tháng "
        + "báo cáo.", LocalDate.of(2026, 4, 7));

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RECURRING);
    assertThat(parsed.cycle()).isEqualTo(Cycle.MONTHLY);
    assertThat(parsed.period()).hasToString("2026-03-15..2026-04-14");
  }

  @Test
  void aDayInTheMonthAfterTheQuarter() {
    ParsedDeadline parsed = parser.parse("Chậm nhất là ngày 15 tháng đầu tiên của quý sau liền kề đối với báo cáo "
        + "quý", LocalDate.of(2025, 7, 25));

    assertThat(parsed.cycle()).isEqualTo(Cycle.QUARTERLY);
    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(parsed.dayInPeriod()).isNull();
  }

  @Test
  void aReportOfAFirstHalfYearCoversItsCalendarHalf() {
    ParsedDeadline parsed = parser.parse("Báo cáo 6 tháng đầu năm: Ngày 23 tháng 7 năm báo cáo.",
        LocalDate.of(2026, 4, 7));

    assertThat(parsed.cycle()).isEqualTo(Cycle.HALF_YEARLY);
    assertThat(parsed.firstReport()).isEqualTo(LocalDate.of(2026, 7, 23));
    assertThat(parsed.period()).hasToString("2026-01-01..2026-06-30");
  }
}
