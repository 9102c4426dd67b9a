package vn.kehoach.deadline.parser;

import java.time.LocalDate;

/** How often a recurring report or review comes round; periods start on 1 January and follow each other. */
public enum Cycle {
  MONTHLY(1, "hằng tháng"),
  QUARTERLY(3, "hằng quý"),
  HALF_YEARLY(6, "6 tháng"),
  YEARLY(12, "hằng năm");

  private final int months;
  private final String vietnamese;

  Cycle(int months, String vietnamese) {
    this.months = months;
    this.vietnamese = vietnamese;
  }

  public int months() {
    return months;
  }

  /** "hằng quý", as in "định kỳ hằng quý". */
  public String vietnamese() {
    return vietnamese;
  }

  /** The cycle that lasts {@code months} months, or null when there is none (e.g. 2 months). */
  public static Cycle ofMonths(int months) {
    for (Cycle cycle : values()) {
      if (cycle.months == months) {
        return cycle;
      }
    }
    return null;
  }

  /** The first day of the period after the one containing {@code date}: the end of the current period. */
  public LocalDate nextPeriodStart(LocalDate date) {
    int firstMonthOfPeriod = (date.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(date.getYear(), firstMonthOfPeriod, 1).plusMonths(months);
  }
}
