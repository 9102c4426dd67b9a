package vn.kehoach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The YAML a clerk edits: what it holds, and the mistakes it refuses. */
class HolidayAdjustmentsFileTest {

  @Test
  void theShippedFileHoldsTheAnnouncedYears() {
    HolidayAdjustments adjustments = HolidayAdjustmentsFile.loadDefault();

    assertThat(adjustments.years()).containsOnlyKeys(2020, 2021, 2023, 2024, 2025, 2026);
    HolidayAdjustments.Announcement y2025 = adjustments.forYear(2025);
    assertThat(y2025.tet()).isEqualTo(new HolidayAdjustments.Period(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2)));
    assertThat(y2025.swaps()).containsExactly(
        new HolidayAdjustments.Swap(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 15)),
        new HolidayAdjustments.Swap(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 4, 26)));
    assertThat(adjustments.forYear(2027).tet()).as("a year not listed uses the defaults").isNull();
  }

  @Test
  void aMisspeltKeyIsAnError() {
    assertThatThrownBy(() -> read("""
        years:
          2027:
            source: "x"
            tết: { from: 2027-02-05, to: 2027-02-11 }
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tết");
  }

  @Test
  void aYearNeedsItsSource() {
    assertThatThrownBy(() -> read("""
        years:
          2027:
            quocKhanhAdjacentDay: 2027-09-03
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
  }

  @Test
  void aSwapWorksAWeekendDayForAWeekday() {
    assertThatThrownBy(() -> read("""
        years:
          2027:
            source: "x"
            swaps:
              - { dayOff: 2027-04-29, workingDay: 2027-04-26 }
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a Saturday or Sunday");
  }

  @Test
  void theDayBesideQuocKhanhIsTheFirstOrTheThirdOfSeptember() {
    assertThatThrownBy(() -> read("""
        years:
          2027:
            source: "x"
            quocKhanhAdjacentDay: 2027-09-04
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-09-01 or 2027-09-03");
  }

  @Test
  void aDateFiledUnderTheWrongYearIsAnError() {
    assertThatThrownBy(() -> read("""
        years:
          2027:
            source: "x"
            tet: { from: 2026-02-14, to: 2026-02-22 }
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in 2027");
  }

  @Test
  void aTetBreakMustContainLunarNewYearsDay() {
    HolidayAdjustments wrongWeek = read("""
        years:
          2027:
            source: "x"
            tet: { from: 2027-01-30, to: 2027-02-04 }
        """);
    assertThatThrownBy(() -> new VietnamWorkingCalendar(wrongWeek))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-02-06");
  }

  @Test
  void aSwapCannotTakeOffAPublicHoliday() {
    HolidayAdjustments swapOfHoliday = read("""
        years:
          2027:
            source: "x"
            swaps:
              - { dayOff: 2027-04-30, workingDay: 2027-04-24 }
        """);
    assertThatThrownBy(() -> new VietnamWorkingCalendar(swapOfHoliday))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a public holiday");
  }

  @Test
  void yearsOutsideTheCalendarRangeAreRefused() {
    HolidayAdjustments y2036 = read("""
        years:
          2036:
            source: "x"
        """);
    assertThatThrownBy(() -> new VietnamWorkingCalendar(y2036))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020–2035");
  }

  private static HolidayAdjustments read(String yaml) {
    return HolidayAdjustmentsFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
  }
}
