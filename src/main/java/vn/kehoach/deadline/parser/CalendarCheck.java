package vn.kehoach.deadline.parser;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/** Says in Vietnamese and English what is wrong with a written date, or null when nothing is. */
final class CalendarCheck {

  private CalendarCheck() {}

  static String monthProblem(int month) {
    if (month >= 1 && month <= 12) {
      return null;
    }
    return "tháng " + month + " không tồn tại (there is no month " + month + ")";
  }

  /** @param year null for a date written without a year */
  static String dayProblem(int day, int month, Integer year) {
    String monthProblem = monthProblem(month);
    if (monthProblem != null) {
      return monthProblem;
    }
    Month m = Month.of(month);
    String english = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (year == null) {
      if (day >= 1 && day <= m.maxLength()) {
        return null;
      }
      return "ngày " + day + "/" + month + " không tồn tại: tháng " + month + " có nhiều nhất " + m.maxLength()
          + " ngày (no such date: " + english + " has at most " + m.maxLength() + " days)";
    }
    int length = m.length(Year.isLeap(year));
    if (day >= 1 && day <= length) {
      return null;
    }
    return "ngày " + day + "/" + month + "/" + year + " không tồn tại: tháng " + month + "/" + year + " có " + length
        + " ngày (no such date: " + english + " " + year + " has " + length + " days)";
  }
}
