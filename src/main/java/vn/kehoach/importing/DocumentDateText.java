package vn.kehoach.importing;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The dateline ("Trà Vinh, ngày 01 tháng 11 năm 2021"). Before issue the day is blank ("ngày   tháng 4 năm 2024"):
 * the month and year are kept.
 */
public record DocumentDateText(String asWritten, String place, Integer day, Integer month, Integer year, int line) {

  /** The date of issue, or null when the day or month is blank or the date does not exist. */
  public LocalDate date() {
    if (day == null || month == null || year == null) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first day of the written month (or year) when the day is blank; the date itself when complete. */
  public LocalDate earliestDate() {
    LocalDate date = date();
    if (date != null || year == null) {
      return date;
    }
    return month != null && month >= 1 && month <= 12 ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
  }
}
