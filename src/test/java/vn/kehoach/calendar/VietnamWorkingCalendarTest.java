package vn.kehoach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnamWorkingCalendarTest {

  private static final VietnamWorkingCalendar CALENDAR = VietnamWorkingCalendar.load();

  @ParameterizedTest(name = "{0} working: {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-11 | true  | ordinary Wednesday
      2025-06-13 | true  | ordinary Friday
      2025-06-14 | false | Saturday
      2025-06-15 | false | Sunday
      2025-01-01 | false | Tết Dương lịch
      2025-01-24 | true  | Friday before the Tết break
      2025-01-25 | false | Saturday, first day of the Tết break
      2025-01-27 | false | Monday swapped for Saturday 15/02
      2025-01-28 | false | Tết, 29 Chạp
      2025-01-29 | false | Tết, mùng 1
      2025-01-31 | false | Tết, mùng 3
      2025-02-01 | false | Tết, mùng 4, a Saturday
      2025-02-02 | false | Sunday, last day of the break
      2025-02-03 | true  | back to work, mùng 6
      2025-02-15 | true  | Saturday declared a working day
      2025-02-16 | false | Sunday
      2025-04-07 | false | Giỗ Tổ Hùng Vương
      2025-04-26 | true  | Saturday declared a working day
      2025-04-30 | false | Ngày Chiến thắng
      2025-05-01 | false | Quốc tế Lao động
      2025-05-02 | false | Friday swapped for Saturday 26/04
      2025-05-05 | true  | back to work
      2025-09-01 | false | Quốc khánh, day beside 2/9
      2025-09-02 | false | Quốc khánh
      2025-09-03 | true  | back to work
      2024-02-08 | false | nghỉ bù before Tết
      2024-02-14 | false | nghỉ bù after Tết
      2024-02-15 | true  | back to work
      2024-04-29 | false | Monday swapped for Saturday 04/05
      2024-05-02 | true  | Thursday after the 30/4–1/5 break
      2024-05-04 | true  | Saturday declared a working day
      2024-09-03 | false | Quốc khánh, day beside 2/9 in 2024
      2026-01-02 | false | Friday swapped for Saturday 10/01
      2026-01-10 | true  | Saturday declared a working day
      2026-04-27 | false | nghỉ bù for Giỗ Tổ on Sunday 26/04
      2026-02-23 | true  | back to work after Tết, mùng 7
      2020-09-01 | true  | one-day Quốc khánh under the 2012 Labour Code
      2020-09-02 | false | Quốc khánh
      """)
  void isWorkingDay(LocalDate date, boolean working, String why) {
    assertThat(CALENDAR.isWorkingDay(date)).as(why).isEqualTo(working);
  }

  /**
   * Tết 2025: after Thu 23/01 the working days are Fri 24/01 (1); Sat 25/01 to Sun 02/02 are off (27/01 swapped,
   * 28/01–01/02 Tết); then Mon 03/02 (2), Tue 04/02 (3), Wed 05/02 (4), Thu 06/02 (5).
   */
  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource({
      "2025-01-23, 1, 2025-01-24",
      "2025-01-23, 2, 2025-02-03",
      "2025-01-23, 5, 2025-02-06",
      "2025-01-24, 1, 2025-02-03",
      "2025-01-28, 1, 2025-02-03", // counting from a holiday
      // 30/4–1/5/2025: Sat 26/04 worked, Mon 28 and Tue 29/04 worked, Wed 30/04 to Sun 04/05 off.
      "2025-04-25, 1, 2025-04-26",
      "2025-04-25, 2, 2025-04-28",
      "2025-04-25, 3, 2025-04-29",
      "2025-04-29, 1, 2025-05-05",
      "2025-04-29, 2, 2025-05-06",
      // the working Saturday 15/02/2025 counts
      "2025-02-14, 1, 2025-02-15",
      "2025-02-14, 2, 2025-02-17",
      // 2024: Sat 27/04 to Wed 01/05 off, Thu 02/05 and Fri 03/05 worked, Sat 04/05 worked
      "2024-04-26, 1, 2024-05-02",
      "2024-04-26, 3, 2024-05-04",
      "2024-04-26, 4, 2024-05-06",
      // "trong 05 ngày làm việc" from an ordinary Monday
      "2025-06-09, 5, 2025-06-16"})
  void plusWorkingDays(LocalDate start, int n, LocalDate expected) {
    assertThat(CALENDAR.plusWorkingDays(start, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} minus {1} working days is {2}")
  @CsvSource({
      // back across Tết 2025 from Thu 06/02: 05/02 (1), 04/02 (2), 03/02 (3), 24/01 (4), 23/01 (5)
      "2025-02-06, 4, 2025-01-24",
      "2025-02-06, 5, 2025-01-23",
      "2025-02-03, 1, 2025-01-24",
      "2025-02-03, 2, 2025-01-23",
      "2025-05-05, 1, 2025-04-29", // back across 30/4–1/5/2025
      "2025-05-05, 3, 2025-04-26", // 29/04, 28/04, then the working Saturday 26/04
      "2025-05-05, 4, 2025-04-25",
      "2025-02-17, 1, 2025-02-15", // the working Saturday
      "2025-02-16, 1, 2025-02-15",
      "2025-02-17, 2, 2025-02-14"})
  void minusWorkingDays(LocalDate end, int n, LocalDate expected) {
    assertThat(CALENDAR.minusWorkingDays(end, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} plus or minus 0 is itself")
  @CsvSource({"2025-06-11", "2025-01-29", "2025-06-14"}) // a working day, a holiday, a weekend day
  void zeroWorkingDaysIsTheDayItself(LocalDate date) {
    assertThat(CALENDAR.plusWorkingDays(date, 0)).isEqualTo(date);
    assertThat(CALENDAR.minusWorkingDays(date, 0)).isEqualTo(date);
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2025, 6, 11), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void refusesDatesOutside2020To2035() {
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2019, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020–2035").hasMessageContaining("2019-12-31");
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2036, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020–2035");
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2036, 3, 2), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020–2035");
    assertThatThrownBy(() -> CALENDAR.holidays(2019))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2019");
    assertThatThrownBy(() -> CALENDAR.holidays(2036))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2036");
  }

  /** Counting that would run past the range stops with the same error instead of guessing the next year. */
  @Test
  void refusesToCountAcrossTheEdgeOfTheRange() {
    // after Fri 28/12/2035: Mon 31/12/2035 (1), then 2036
    assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2035, 12, 28), 1)).isEqualTo(LocalDate.of(2035, 12, 31));
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2035, 12, 28), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2036-01-01");
    // before Thu 02/01/2020: 01/01/2020 is Tết Dương lịch, then 2019
    assertThatThrownBy(() -> CALENDAR.minusWorkingDays(LocalDate.of(2020, 1, 2), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-12-31");
  }

  /** Tests and callers can pass their own announcements instead of the resource file. */
  @Test
  void usesTheAdjustmentsItIsGiven() {
    var year2027 = new HolidayAdjustments.Announcement("test announcement", null, LocalDate.of(2027, 9, 3),
        List.of(new HolidayAdjustments.Swap(LocalDate.of(2027, 4, 29), LocalDate.of(2027, 4, 24))),
        List.of(new HolidayAdjustments.ExtraDayOff(LocalDate.of(2027, 11, 24), "Ngày Văn hóa Việt Nam")));
    var calendar = new VietnamWorkingCalendar(new HolidayAdjustments(Map.of(2027, year2027)));

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).as("1/9 no longer the day beside 2/9").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).as("3/9 is").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 29))).as("swapped Thursday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 24))).as("worked Saturday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).as("extra day off").isFalse();
    assertThat(calendar.holidays(2027)).contains(new Holiday(LocalDate.of(2027, 11, 24), "Ngày Văn hóa Việt Nam"));
    assertThat(VietnamWorkingCalendar.load().isWorkingDay(LocalDate.of(2027, 9, 1))).as("default").isFalse();
  }
}
