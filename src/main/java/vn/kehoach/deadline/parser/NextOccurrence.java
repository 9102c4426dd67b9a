package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The year of a phrase written without one ("trong tháng 4", "trước ngày 15/5"): the first year, from the reference
 * date's, whose last day on time is not before the reference date, i.e. whose period has not yet ended.
 */
final class NextOccurrence {

  /** 29/2 may be eight years away (2096 → 2104). */
  private static final int YEARS_AHEAD = 8;

  private NextOccurrence() {}

  /**
   * @param lastDayInYear the last day on time if the phrase meant the given year, or null if that year has no such
   *     day (29/2)
   * @return that last day for the chosen year, or null if none in reach
   */
  static LocalDate lastDay(LocalDate reference, IntFunction<LocalDate> lastDayInYear) {
    for (int year = reference.getYear(); year <= reference.getYear() + YEARS_AHEAD; year++) {
      LocalDate lastDay = lastDayInYear.apply(year);
      if (lastDay != null && !lastDay.isBefore(reference)) {
        return lastDay;
      }
    }
    return null;
  }
}
