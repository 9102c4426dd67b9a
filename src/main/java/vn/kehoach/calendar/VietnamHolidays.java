package vn.kehoach.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public holidays of a year: Bộ luật Lao động 2019, Điều 112 (Tết Dương lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ
 * Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and one day beside it), with a holiday that falls on a Saturday or
 * Sunday made up on the next working day (Điều 111 khoản 3), then changed by the year's announcement, if there is one.
 */
public class VietnamHolidays {

  /** Bộ luật Lao động 2019 took effect on 01/01/2021; until then (BLLĐ 2012, Điều 115) Quốc khánh was 2/9 only. */
  static final int FIRST_YEAR_OF_TWO_DAY_QUOC_KHANH = 2021;

  private final HolidayAdjustments adjustments;
  private final VietnameseLunarCalendar lunar;

  public VietnamHolidays(HolidayAdjustments adjustments, VietnameseLunarCalendar lunar) {
    this.adjustments = adjustments;
    this.lunar = lunar;
  }

  /**
   * Every public holiday of {@code year} (also those on a weekend) and every weekday off (nghỉ bù, hoán đổi, extra
   * days), by date.
   */
  public List<Holiday> holidays(int year) {
    HolidayAdjustments.Announcement announced = adjustments.forYear(year);
    Map<LocalDate, String> days = statutoryHolidays(year, announced);
    Set<LocalDate> statutory = new TreeSet<>(days.keySet());
    if (announced.tet() != null) {
      applyTetBreak(year, announced.tet(), days);
    }
    addAnnouncedDaysOff(announced, statutory, days);
    addMakeUpDays(statutory, announced.tet(), days);
    return days.entrySet().stream().map(day -> new Holiday(day.getKey(), day.getValue())).toList();
  }

  /** Weekend days declared working days ("làm bù"), in any year. */
  public Set<LocalDate> workingWeekendDays() {
    return adjustments.years().values().stream()
        .flatMap(year -> year.swaps().stream())
        .map(HolidayAdjustments.Swap::workingDay)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The five Tết days by default: the last day of the old lunar year and days 1 to 4 of the new one. */
  List<LocalDate> defaultTetDays(int year) {
    LocalDate lastDayOfOldYear = lunar.newYear(year).minusDays(1);
    return lastDayOfOldYear.datesUntil(lastDayOfOldYear.plusDays(5)).toList();
  }

  private Map<LocalDate, String> statutoryHolidays(int year, HolidayAdjustments.Announcement announced) {
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, 1, 1), Holiday.TET_DUONG_LICH);
    defaultTetDays(year).forEach(day -> days.put(day, Holiday.TET_NGUYEN_DAN));
    days.put(lunar.toSolar(year, 3, 10, false), Holiday.GIO_TO_HUNG_VUONG);
    days.put(LocalDate.of(year, 4, 30), Holiday.NGAY_CHIEN_THANG);
    days.put(LocalDate.of(year, 5, 1), Holiday.QUOC_TE_LAO_DONG);
    days.put(LocalDate.of(year, 9, 2), Holiday.QUOC_KHANH);
    if (year >= FIRST_YEAR_OF_TWO_DAY_QUOC_KHANH) {
      LocalDate adjacent = announced.quocKhanhAdjacentDay() != null
          ? announced.quocKhanhAdjacentDay() : LocalDate.of(year, 9, 1);
      days.put(adjacent, Holiday.QUOC_KHANH);
    } else if (announced.quocKhanhAdjacentDay() != null) {
      throw new IllegalArgumentException(year + ": Quốc khánh was one day (2/9) until 2020 (BLLĐ 2012, Điều 115);"
          + " remove quocKhanhAdjacentDay");
    }
    return days;
  }

  /**
   * The announced break replaces the default Tết days and their nghỉ bù: the default days inside it stay "Tết
   * Nguyên đán", any outside it are worked, and its other weekdays are days off (nghỉ bù unless a swap says
   * otherwise).
   */
  private void applyTetBreak(int year, HolidayAdjustments.Period tetBreak, Map<LocalDate, String> days) {
    LocalDate newYearsDay = lunar.newYear(year);
    if (!tetBreak.contains(newYearsDay)) {
      throw new IllegalArgumentException(year + ": the Tết break " + tetBreak + " does not contain lunar new year's"
          + " day " + newYearsDay);
    }
    defaultTetDays(year).stream().filter(day -> !tetBreak.contains(day)).forEach(days::remove);
    tetBreak.from().datesUntil(tetBreak.to().plusDays(1))
        .filter(day -> !HolidayAdjustments.isWeekend(day))
        .forEach(day -> days.putIfAbsent(day, Holiday.NGHI_BU));
  }

  private static void addAnnouncedDaysOff(HolidayAdjustments.Announcement announced, Set<LocalDate> statutory,
      Map<LocalDate, String> days) {
    for (HolidayAdjustments.Swap swap : announced.swaps()) {
      requireNotStatutory(swap.dayOff(), statutory, days);
      days.put(swap.dayOff(), Holiday.HOAN_DOI);
    }
    for (HolidayAdjustments.ExtraDayOff extra : announced.extraDaysOff()) {
      requireNotStatutory(extra.date(), statutory, days);
      days.put(extra.date(), extra.name());
    }
  }

  /**
   * Nghỉ bù: each holiday on a Saturday or Sunday gives the next weekday that is not already off. An announced Tết
   * break has counted its own; a default Tết day that the break left out is no holiday at all.
   */
  private static void addMakeUpDays(Set<LocalDate> statutory, HolidayAdjustments.Period announcedTet,
      Map<LocalDate, String> days) {
    for (LocalDate holiday : statutory) {
      boolean stillOff = days.containsKey(holiday);
      boolean inAnnouncedTet = announcedTet != null && announcedTet.contains(holiday);
      if (stillOff && !inAnnouncedTet && HolidayAdjustments.isWeekend(holiday)) {
        days.put(nextFreeWeekday(holiday, days), Holiday.NGHI_BU);
      }
    }
  }

  private static void requireNotStatutory(LocalDate date, Set<LocalDate> statutory, Map<LocalDate, String> days) {
    if (statutory.contains(date) && days.containsKey(date)) {
      throw new IllegalArgumentException(date + " is already a public holiday (" + days.get(date)
          + "); it cannot also be a swapped or extra day off");
    }
  }

  private static LocalDate nextFreeWeekday(LocalDate after, Map<LocalDate, String> days) {
    LocalDate day = after.plusDays(1);
    while (HolidayAdjustments.isWeekend(day) || days.containsKey(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
