package vn.kehoach.calendar;

import java.time.LocalDate;

/** Which days are working days, and counting in them. Plain Java: no engine or Spring types. */
public interface WorkingCalendar {

  boolean isWorkingDay(LocalDate date);

  /**
   * The {@code n}-th working day after {@code start} ({@code start} itself not counted); n = 0 gives {@code start}.
   * "trong 05 ngày làm việc kể từ ngày ban hành" on an issue date d: the work is due by the end of
   * {@code plusWorkingDays(d, 5)}.
   */
  LocalDate plusWorkingDays(LocalDate start, int n);

  /** The {@code n}-th working day before {@code end} ({@code end} itself not counted); n = 0 gives {@code end}. */
  LocalDate minusWorkingDays(LocalDate end, int n);
}
