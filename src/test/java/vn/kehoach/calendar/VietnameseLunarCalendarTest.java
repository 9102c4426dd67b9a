package vn.kehoach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

  private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
      "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
      "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
      "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23",
      "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08"})
  void lunarNewYear(int year, LocalDate tet) {
    assertThat(lunar.toSolar(year, 1, 1, false)).isEqualTo(tet);
    assertThat(lunar.newYear(year)).isEqualTo(tet);
    assertThat(lunar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
  }

  /**
   * The new moon of February 2030 is at about 16:07 UTC on 2 February: 23:07 in Vietnam (UTC+7), already 00:07 on
   * 3 February in China (UTC+8). So Vietnam's Tết is a day before China's, as in 2007 (17/02 and 18/02).
   */
  @Test
  void tet2030IsADayBeforeTheChineseNewYearBecauseOfTheUtcPlus7Meridian() {
    assertThat(lunar.toSolar(2030, 1, 1, false)).isEqualTo(LocalDate.of(2030, 2, 2));
    assertThat(lunar.toLunar(LocalDate.of(2030, 2, 3))).isEqualTo(new LunarDate(2030, 1, 2, false));
    assertThat(lunar.toSolar(2007, 1, 1, false)).isEqualTo(LocalDate.of(2007, 2, 17));
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
  @CsvSource({"2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07",
      "2026, 2026-04-26"})
  void hungKingsCommemoration(int year, LocalDate date) {
    assertThat(lunar.toSolar(year, 3, 10, false)).isEqualTo(date);
    assertThat(lunar.toLunar(date)).isEqualTo(new LunarDate(year, 3, 10, false));
  }

  /** Lunar dates that the year's announcements print beside the Gregorian ones. */
  @ParameterizedTest(name = "{0} is {3}/{2}/{1}")
  @CsvSource({
      "2020-01-23, 2019, 12, 29", "2020-01-29, 2020, 1, 5",
      "2021-02-10, 2020, 12, 29", "2021-02-16, 2021, 1, 5",
      "2024-02-08, 2023, 12, 29", "2024-02-14, 2024, 1, 5",
      "2026-02-14, 2025, 12, 27", "2026-02-16, 2025, 12, 29", "2026-02-22, 2026, 1, 6"})
  void datesPrintedInTheAnnouncements(LocalDate date, int year, int month, int day) {
    assertThat(lunar.toLunar(date)).isEqualTo(new LunarDate(year, month, day, false));
  }

  @Test
  void year2023RepeatsTheSecondMonth() {
    assertThat(lunar.toSolar(2023, 2, 1, false)).isEqualTo(LocalDate.of(2023, 2, 20));
    assertThat(lunar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(lunar.toSolar(2023, 3, 1, false)).isEqualTo(LocalDate.of(2023, 4, 20));
    assertThat(lunar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
    assertThat(lunar.toLunar(LocalDate.of(2023, 3, 21))).isEqualTo(new LunarDate(2023, 2, 30, false));
  }

  @ParameterizedTest(name = "leap month {1} of {0} starts {2}")
  @CsvSource({"2020, 4, 2020-05-23", "2023, 2, 2023-03-22", "2025, 6, 2025-07-25"})
  void leapMonths(int year, int month, LocalDate firstDay) {
    assertThat(lunar.toSolar(year, month, 1, true)).isEqualTo(firstDay);
    assertThat(lunar.toLunar(firstDay)).isEqualTo(new LunarDate(year, month, 1, true));
  }

  @Test
  void refusesALeapMonthThatTheYearDoesNotHave() {
    assertThatThrownBy(() -> lunar.toSolar(2023, 3, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leap month is 2");
    assertThatThrownBy(() -> lunar.toSolar(2024, 2, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no leap month");
  }

  @Test
  void refusesDayThirtyOfAShortMonth() {
    // Tháng Chạp of Giáp Thìn ends on its 29th day, 28/01/2025: there was no "30 Tết" that year.
    assertThat(lunar.toSolar(2024, 12, 29, false)).isEqualTo(LocalDate.of(2025, 1, 28));
    assertThatThrownBy(() -> lunar.toSolar(2024, 12, 30, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
  }

  @Test
  void everyDayOfTheSupportedYearsConvertsBackToItself() {
    LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2036, 1, 1)).forEach(date -> {
      LunarDate l = lunar.toLunar(date);
      assertThat(lunar.toSolar(l.year(), l.month(), l.day(), l.leapMonth())).as("%s = %s", date, l).isEqualTo(date);
    });
  }
}
