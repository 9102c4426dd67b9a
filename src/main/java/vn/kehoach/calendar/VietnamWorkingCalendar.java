package vn.kehoach.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days of Vietnamese State and Party offices (cán bộ, công chức): Monday to Friday, minus the public holidays
 * and the days off announced for the year, plus the Saturdays declared working days. Only 2020–2035 are known; any
 * other date is refused rather than guessed.
 */
public class VietnamWorkingCalendar implements WorkingCalendar {

  public static final int FIRST_YEAR = 2020;
  public static final int LAST_YEAR = 2035;

  /** Public holidays (also on weekends) and weekdays off, by date. */
  private final Map<LocalDate, Holiday> daysOff = new TreeMap<>();
  private final Set<LocalDate> workingWeekendDays;

  public VietnamWorkingCalendar(HolidayAdjustments adjustments) {
    adjustments.years().keySet().forEach(VietnamWorkingCalendar::requireSupported);
    VietnamHolidays holidays = new VietnamHolidays(adjustments, new VietnameseLunarCalendar());
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      holidays.holidays(year).forEach(holiday -> daysOff.put(holiday.date(), holiday));
    }
    workingWeekendDays = holidays.workingWeekendDays();
    for (LocalDate workingDay : workingWeekendDays) {
      requireSupported(workingDay);
      if (daysOff.containsKey(workingDay)) {
        throw new IllegalArgumentException("Working day " + workingDay + " is a holiday: " + daysOff.get(workingDay));
      }
    }
  }

  /** The calendar with the announcements in {@value HolidayAdjustmentsFile#DEFAULT_RESOURCE}. */
  public static VietnamWorkingCalendar load() {
    return new VietnamWorkingCalendar(HolidayAdjustmentsFile.loadDefault());
  }

  /** Public holidays (also those on a weekend) and weekdays off of {@code year}, by date. */
  public List<Holiday> holidays(int year) {
    requireSupported(year);
    return daysOff.values().stream().filter(holiday -> holiday.date().getYear() == year).toList();
  }

  /** Weekend days of {@code year} declared working days (làm bù). */
  public List<LocalDate> workingWeekendDays(int year) {
    requireSupported(year);
    return workingWeekendDays.stream().filter(day -> day.getYear() == year).toList();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    requireSupported(date);
    if (workingWeekendDays.contains(date)) {
      return true;
    }
    return !HolidayAdjustments.isWeekend(date) && !daysOff.containsKey(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    return step(start, n, 1);
  }

  @Override
  public LocalDate minusWorkingDays(LocalDate end, int n) {
    return step(end, n, -1);
  }

  private LocalDate step(LocalDate from, int n, int direction) {
    if (n < 0) {
      throw new IllegalArgumentException("The number of working days must not be negative, was " + n);
    }
    requireSupported(from);
    LocalDate day = from;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private static void requireSupported(LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw outsideRange(date.toString());
    }
  }

  private static void requireSupported(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw outsideRange("year " + year);
    }
  }

  private static IllegalArgumentException outsideRange(String what) {
    return new IllegalArgumentException("The Vietnamese working calendar covers " + FIRST_YEAR + "–" + LAST_YEAR
        + " only; " + what + " is outside it (its holidays are not guessed)");
  }
}
