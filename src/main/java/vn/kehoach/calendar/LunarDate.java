package vn.kehoach.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch). {@code leapMonth} marks the repeated month (tháng nhuận) of a
 * leap year, e.g. the second "tháng 2" of 2023.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Lunar month must be 1..12, was " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("Lunar day must be 1..30, was " + day);
    }
  }

  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year + " âm lịch";
  }
}
