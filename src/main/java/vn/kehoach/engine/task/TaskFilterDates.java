package vn.kehoach.engine.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.kehoach.calendar.WorkingCalendar;
import vn.kehoach.deadline.Deadline;

/**
 * Moments Tasklist's filters compare due dates with, in working days: the filter "Sắp đến hạn" asks for tasks due
 * before {@code ${taskFilterDates.workingDaysAhead(3)}}, so a Friday shows what falls due by Wednesday, and Tết
 * counts for nothing.
 */
@Component("taskFilterDates")
public class TaskFilterDates {

  private final WorkingCalendar calendar;
  private final Clock clock;

  public TaskFilterDates(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The end of the n-th working day after today in Vietnam: a task due before it is due within n working days. */
  public Date workingDaysAhead(int n) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
    LocalDate last = calendar.plusWorkingDays(today, n);
    return Date.from(last.plusDays(1).atStartOfDay(Deadline.VIETNAM).toInstant());
  }
}
