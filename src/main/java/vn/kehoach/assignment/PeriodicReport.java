package vn.kehoach.assignment;

import java.time.Instant;
import vn.kehoach.deadline.parser.DateRange;

/**
 * One report on ongoing or recurring work, for the period due at {@code periodDue}; {@code covered} is the period it
 * reports on when the deadline is a report calendar ("kỳ báo cáo từ 15/12/2025 đến 14/12/2026"), else null.
 */
public record PeriodicReport(Instant periodDue, Instant reportedAt, String report, DateRange covered) {

  public PeriodicReport(Instant periodDue, Instant reportedAt, String report) {
    this(periodDue, reportedAt, report, null);
  }
}
