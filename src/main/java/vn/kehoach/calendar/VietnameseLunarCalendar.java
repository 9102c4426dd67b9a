package vn.kehoach.calendar;

import java.time.LocalDate;

/**
 * Converts between the Vietnamese lunar calendar and the Gregorian calendar, computed astronomically for the UTC+7
 * meridian (Hồ Ngọc Đức's algorithm): a month starts on the local day of a new moon; the month holding the winter
 * solstice is month 11; a year with 13 months between two months 11 repeats the first month that has no change of
 * the sun's 30° sector (the leap month, tháng nhuận).
 */
public class VietnameseLunarCalendar {

  private static final double VIETNAM_UTC_OFFSET_HOURS = 7;
  /** Julian day number of 1970-01-01, to move between {@link LocalDate} and the astronomy's day numbers. */
  private static final long JDN_OF_EPOCH_DAY_0 = 2440588;

  private final LunarAstronomy astronomy;

  public VietnameseLunarCalendar() {
    this.astronomy = new LunarAstronomy(VIETNAM_UTC_OFFSET_HOURS);
  }

  /** The Gregorian date of a lunar date; throws if that lunar month is not a leap month or has no such day. */
  public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    LunarDate wanted = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
    long monthStart = monthStart(lunarYear, lunarMonth, leapMonth);
    LocalDate solar = toLocalDate(monthStart + lunarDay - 1);
    if (!toLunar(solar).equals(wanted)) { // day 30 of a 29-day month
      throw new IllegalArgumentException(wanted + " does not exist: that month has 29 days");
    }
    return solar;
  }

  /** The Gregorian date of lunar new year's day (mùng 1 Tết) of {@code lunarYear}. */
  public LocalDate newYear(int lunarYear) {
    return toSolar(lunarYear, 1, 1, false);
  }

  public LunarDate toLunar(LocalDate date) {
    long day = julianDay(date);
    long k = (long) Math.floor((day - LunarAstronomy.NEW_MOON_EPOCH) / LunarAstronomy.SYNODIC_MONTH);
    long monthStart = astronomy.newMoonDay(k + 1);
    if (monthStart > day) {
      monthStart = astronomy.newMoonDay(k);
    }
    int year = date.getYear();
    long a11 = month11Start(year);
    long b11;
    int lunarYear;
    if (a11 >= monthStart) { // the day is before this Gregorian year's month 11: months 11 and 12 of last year
      lunarYear = year;
      b11 = a11;
      a11 = month11Start(year - 1);
    } else {
      lunarYear = year + 1;
      b11 = month11Start(year + 1);
    }
    int monthsAfter11 = (int) Math.floor((monthStart - a11) / 29.0);
    int month = monthsAfter11 + 11;
    boolean leap = false;
    if (b11 - a11 > 365) { // 13 lunar months between the two months 11
      int leapOffset = leapMonthOffset(a11);
      if (monthsAfter11 >= leapOffset) {
        month = monthsAfter11 + 10;
        leap = monthsAfter11 == leapOffset;
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && monthsAfter11 < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), leap);
  }

  private long monthStart(int lunarYear, int lunarMonth, boolean leapMonth) {
    // Months 11 and 12 of lunarYear start after the Gregorian year's month 11; months 1..10 before it.
    long a11 = lunarMonth < 11 ? month11Start(lunarYear - 1) : month11Start(lunarYear);
    long b11 = lunarMonth < 11 ? month11Start(lunarYear) : month11Start(lunarYear + 1);
    long k = (long) Math.floor(0.5 + (a11 - LunarAstronomy.NEW_MOON_EPOCH) / LunarAstronomy.SYNODIC_MONTH);
    int offset = Math.floorMod(lunarMonth - 11, 12);
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11);
      int leapMonthNumber = Math.floorMod(leapOffset - 2, 12);
      if (leapMonth && lunarMonth != leapMonthNumber) {
        throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + lunarMonth
            + " (its leap month is " + (leapMonthNumber == 0 ? 12 : leapMonthNumber) + ")");
      }
      if (leapMonth || offset >= leapOffset) {
        offset += 1;
      }
    } else if (leapMonth) {
      throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
    }
    return astronomy.newMoonDay(k + offset);
  }

  /** Day number on which month 11 (the month holding the winter solstice) begins, in Gregorian year {@code year}. */
  private long month11Start(int year) {
    long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / LunarAstronomy.SYNODIC_MONTH);
    long newMoon = astronomy.newMoonDay(k);
    if (astronomy.sunSector(newMoon) >= 9) { // the solstice is already past: month 11 began one moon earlier
      newMoon = astronomy.newMoonDay(k - 1);
    }
    return newMoon;
  }

  /** How many months after month 11 (starting at {@code a11}) the leap month comes: the first without a new sector. */
  private int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - LunarAstronomy.NEW_MOON_EPOCH) / LunarAstronomy.SYNODIC_MONTH + 0.5);
    int i = 1;
    int sector = astronomy.sunSector(astronomy.newMoonDay(k + i));
    int last;
    do {
      last = sector;
      i++;
      sector = astronomy.sunSector(astronomy.newMoonDay(k + i));
    } while (sector != last && i < 14);
    return i - 1;
  }

  private static long julianDay(LocalDate date) {
    return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
  }

  private static LocalDate toLocalDate(long julianDay) {
    return LocalDate.ofEpochDay(julianDay - JDN_OF_EPOCH_DAY_0);
  }
}
