package vn.kehoach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.calendar.Holiday.GIO_TO_HUNG_VUONG;
import static vn.kehoach.calendar.Holiday.HOAN_DOI;
import static vn.kehoach.calendar.Holiday.NGAY_CHIEN_THANG;
import static vn.kehoach.calendar.Holiday.NGHI_BU;
import static vn.kehoach.calendar.Holiday.QUOC_KHANH;
import static vn.kehoach.calendar.Holiday.QUOC_TE_LAO_DONG;
import static vn.kehoach.calendar.Holiday.TET_DUONG_LICH;
import static vn.kehoach.calendar.Holiday.TET_NGUYEN_DAN;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The holidays of a year: statutory days, nghỉ bù and the year's announcement, each with its date. */
class VietnamHolidaysTest {

  private static final VietnamWorkingCalendar ANNOUNCED = VietnamWorkingCalendar.load();
  private static final VietnamWorkingCalendar DEFAULTS_ONLY = new VietnamWorkingCalendar(HolidayAdjustments.none());

  @Test
  void holidays2024AsAnnounced() {
    assertThat(ANNOUNCED.holidays(2024)).containsExactly(
        day("2024-01-01", TET_DUONG_LICH),
        day("2024-02-08", NGHI_BU), // the announcement: 5 Tết days and 2 nghỉ bù, Thu 08/02 to Wed 14/02
        day("2024-02-09", TET_NGUYEN_DAN), // 30 Chạp
        day("2024-02-10", TET_NGUYEN_DAN), day("2024-02-11", TET_NGUYEN_DAN),
        day("2024-02-12", TET_NGUYEN_DAN), day("2024-02-13", TET_NGUYEN_DAN),
        day("2024-02-14", NGHI_BU),
        day("2024-04-18", GIO_TO_HUNG_VUONG),
        day("2024-04-29", HOAN_DOI), // worked back on Sat 04/05
        day("2024-04-30", NGAY_CHIEN_THANG), day("2024-05-01", QUOC_TE_LAO_DONG),
        day("2024-09-02", QUOC_KHANH), day("2024-09-03", QUOC_KHANH));
    assertThat(ANNOUNCED.workingWeekendDays(2024)).containsExactly(LocalDate.of(2024, 5, 4));
  }

  @Test
  void holidays2025AsAnnounced() {
    assertThat(ANNOUNCED.holidays(2025)).containsExactly(
        day("2025-01-01", TET_DUONG_LICH),
        day("2025-01-27", HOAN_DOI), // worked back on Sat 15/02
        day("2025-01-28", TET_NGUYEN_DAN), // 29 Chạp, the last day of Giáp Thìn
        day("2025-01-29", TET_NGUYEN_DAN), day("2025-01-30", TET_NGUYEN_DAN),
        day("2025-01-31", TET_NGUYEN_DAN), day("2025-02-01", TET_NGUYEN_DAN),
        day("2025-04-07", GIO_TO_HUNG_VUONG),
        day("2025-04-30", NGAY_CHIEN_THANG), day("2025-05-01", QUOC_TE_LAO_DONG),
        day("2025-05-02", HOAN_DOI), // worked back on Sat 26/04
        day("2025-09-01", QUOC_KHANH), day("2025-09-02", QUOC_KHANH));
    assertThat(ANNOUNCED.workingWeekendDays(2025)).containsExactly(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 4, 26));
  }

  /** 2026: the Tết Dương lịch swap is announced; Tết as announced (14/02–22/02) is the default; the rest default. */
  @Test
  void holidays2026() {
    assertThat(ANNOUNCED.holidays(2026)).containsExactly(
        day("2026-01-01", TET_DUONG_LICH),
        day("2026-01-02", HOAN_DOI), // worked back on Sat 10/01
        day("2026-02-16", TET_NGUYEN_DAN), // 29 Chạp, the last day of Ất Tỵ
        day("2026-02-17", TET_NGUYEN_DAN), day("2026-02-18", TET_NGUYEN_DAN),
        day("2026-02-19", TET_NGUYEN_DAN), day("2026-02-20", TET_NGUYEN_DAN),
        day("2026-04-26", GIO_TO_HUNG_VUONG), // a Sunday
        day("2026-04-27", NGHI_BU),
        day("2026-04-30", NGAY_CHIEN_THANG), day("2026-05-01", QUOC_TE_LAO_DONG),
        day("2026-09-01", QUOC_KHANH), day("2026-09-02", QUOC_KHANH));
    assertThat(ANNOUNCED.workingWeekendDays(2026)).containsExactly(LocalDate.of(2026, 1, 10));
  }

  /** Without the announcement, Tết 2024's Saturday and Sunday are made up on the next two weekdays. */
  @Test
  void weekendHolidaysAreMadeUpOnTheFollowingWorkingDays() {
    assertThat(DEFAULTS_ONLY.holidays(2024)).filteredOn(between("2024-02-01", "2024-02-29")).containsExactly(
        day("2024-02-09", TET_NGUYEN_DAN), day("2024-02-10", TET_NGUYEN_DAN), day("2024-02-11", TET_NGUYEN_DAN),
        day("2024-02-12", TET_NGUYEN_DAN), day("2024-02-13", TET_NGUYEN_DAN),
        day("2024-02-14", NGHI_BU), day("2024-02-15", NGHI_BU));
    // 2022: 30/4 on Saturday and 1/5 on Sunday, made up on Monday 2/5 and Tuesday 3/5.
    assertThat(DEFAULTS_ONLY.holidays(2022)).filteredOn(between("2022-04-30", "2022-05-31"))
        .containsExactly(day("2022-04-30", NGAY_CHIEN_THANG), day("2022-05-01", QUOC_TE_LAO_DONG),
            day("2022-05-02", NGHI_BU), day("2022-05-03", NGHI_BU));
  }

  /** 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: nghỉ bù skips 1/5 and lands on 2/5 and 3/5. */
  @Test
  void makeUpDaysSkipOtherHolidays() {
    assertThat(ANNOUNCED.holidays(2023)).filteredOn(between("2023-04-01", "2023-05-31"))
        .containsExactly(day("2023-04-29", GIO_TO_HUNG_VUONG), day("2023-04-30", NGAY_CHIEN_THANG),
            day("2023-05-01", QUOC_TE_LAO_DONG), day("2023-05-02", NGHI_BU), day("2023-05-03", NGHI_BU));
  }

  /** Labour Code 2012 still applied in 2020: Quốc khánh was 2/9 only. */
  @Test
  void quocKhanhWasOneDayIn2020() {
    assertThat(ANNOUNCED.holidays(2020)).filteredOn(between("2020-08-01", "2020-09-30"))
        .containsExactly(day("2020-09-02", QUOC_KHANH));
  }

  private static Predicate<Holiday> between(String from, String to) {
    return holiday -> !holiday.date().isBefore(LocalDate.parse(from)) && !holiday.date().isAfter(LocalDate.parse(to));
  }

  private static Holiday day(String date, String name) {
    return new Holiday(LocalDate.parse(date), name);
  }
}
