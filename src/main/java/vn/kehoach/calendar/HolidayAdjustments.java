package vn.kehoach.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the government announced, year by year, on top of the Labour Code defaults (the shape of
 * {@code calendar/vn-holiday-adjustments.yaml}). A year that is not listed follows the defaults.
 */
public record HolidayAdjustments(Map<Integer, Announcement> years) {

  public HolidayAdjustments {
    years = years == null ? Map.of() : new TreeMap<>(years);
    years.forEach((year, announcement) -> {
      if (announcement == null) {
        throw new IllegalArgumentException(year + " is listed without content: give its source and changes, or remove it");
      }
      announcement.checkBelongsTo(year);
    });
  }

  public static HolidayAdjustments none() {
    return new HolidayAdjustments(Map.of());
  }

  public Announcement forYear(int year) {
    return years.getOrDefault(year, Announcement.DEFAULTS);
  }

  /**
   * One year's announcement. {@code tet}: the whole Tết break (it replaces the five default days and their nghỉ bù);
   * {@code quocKhanhAdjacentDay}: 1/9 or 3/9; {@code swaps}: a weekday off paid back by working a weekend day;
   * {@code extraDaysOff}: any other day off the government granted.
   */
  public record Announcement(String source, Period tet, LocalDate quocKhanhAdjacentDay, List<Swap> swaps,
      List<ExtraDayOff> extraDaysOff) {

    static final Announcement DEFAULTS = new Announcement("Bộ luật Lao động 2019", null, null, List.of(), List.of());

    public Announcement {
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("Each year needs a 'source': the announcement it copies");
      }
      swaps = swaps == null ? List.of() : List.copyOf(swaps);
      extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
    }

    private void checkBelongsTo(int year) {
      if (tet != null && (tet.from().getYear() != year || tet.to().getYear() != year)) {
        throw new IllegalArgumentException(year + ": the Tết break " + tet + " is not in " + year);
      }
      if (quocKhanhAdjacentDay != null && !quocKhanhAdjacentDay.equals(LocalDate.of(year, 9, 1))
          && !quocKhanhAdjacentDay.equals(LocalDate.of(year, 9, 3))) {
        throw new IllegalArgumentException(year + ": quocKhanhAdjacentDay must be " + year + "-09-01 or "
            + year + "-09-03, was " + quocKhanhAdjacentDay);
      }
      for (Swap swap : swaps) {
        if (swap.dayOff().getYear() != year) {
          throw new IllegalArgumentException(year + ": swap day off " + swap.dayOff() + " is not in " + year);
        }
      }
      for (ExtraDayOff extra : extraDaysOff) {
        if (extra.date().getYear() != year) {
          throw new IllegalArgumentException(year + ": extra day off " + extra.date() + " is not in " + year);
        }
      }
    }
  }

  /** From {@code from} to {@code to}, both included. */
  public record Period(LocalDate from, LocalDate to) {

    public Period {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Period ends (" + to + ") before it starts (" + from + ")");
      }
    }

    boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
      return from + ".." + to;
    }
  }

  /**
   * A weekday taken off ({@code dayOff}) and worked instead on a weekend day ({@code workingDay}, usually a
   * Saturday; it may fall in another year, as the 2015 swap of 02/01/2015 for 27/12/2014 did).
   */
  public record Swap(LocalDate dayOff, LocalDate workingDay) {

    public Swap {
      Objects.requireNonNull(dayOff, "dayOff");
      Objects.requireNonNull(workingDay, "workingDay");
      if (isWeekend(dayOff)) {
        throw new IllegalArgumentException("Swap dayOff " + dayOff + " is a " + dayOff.getDayOfWeek()
            + ": it must be a weekday");
      }
      if (!isWeekend(workingDay)) {
        throw new IllegalArgumentException("Swap workingDay " + workingDay + " is a " + workingDay.getDayOfWeek()
            + ": it must be a Saturday or Sunday");
      }
    }
  }

  public record ExtraDayOff(LocalDate date, String name) {

    public ExtraDayOff {
      Objects.requireNonNull(date, "date");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("Extra day off " + date + " needs a name");
      }
    }
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
