package vn.kehoach.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import vn.kehoach.calendar.WorkingCalendar;
import vn.kehoach.deadline.parser.Cycle;
import vn.kehoach.deadline.parser.DateRange;

/**
 * When each thing about a deadline happens, counted on the working-day calendar: the reminder before it, the
 * escalation to the signer after the grace period, the date of a relative deadline, the next periodic report.
 */
@Component
public class DeadlineSchedule {

  /**
   * One periodic report: the task appears at {@code opensAt} and is late from {@code lateFrom}; {@code covered} is the
   * period it reports on, when the deadline names one (a report calendar), else null.
   */
  public record ReportOccurrence(LocalDate lastDay, Instant lateFrom, Instant opensAt, DateRange covered) {

    /** "kỳ báo cáo từ 15/12/2025 đến 14/12/2026", or "" without a period covered. */
    public String periodText() {
      return covered == null ? "" : "kỳ báo cáo " + covered.vietnamese();
    }
  }

  private final WorkingCalendar calendar;
  private final DeadlinePolicy policy;

  public DeadlineSchedule(WorkingCalendar calendar, DeadlinePolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  /** The start of the working day that lies {@code reminderWorkingDays} working days before the last day. */
  public Instant reminderAt(LocalDate lastDay) {
    return startOfWork(calendar.minusWorkingDays(lastDay, policy.reminderWorkingDays()));
  }

  /** Still open this many working days after the last day: from the next midnight it goes to the signer. */
  public Instant escalateToSignerAt(LocalDate lastDay) {
    return midnightAfter(calendar.plusWorkingDays(lastDay, policy.graceWorkingDays()));
  }

  /** The last day of a relative deadline ("trong 05 ngày làm việc kể từ ngày ban hành"). */
  public LocalDate lastDayOf(Deadline relative, LocalDate issuedOn) {
    return relative.workingDays()
        ? calendar.plusWorkingDays(issuedOn, relative.amount())
        : issuedOn.plusDays(relative.amount());
  }

  /** The first periodic report of ongoing or recurring work that is not yet late at {@code after}. */
  public ReportOccurrence nextReport(Deadline deadline, LocalDate issuedOn, Instant after) {
    if (!deadline.kind().periodic()) {
      throw new IllegalArgumentException("only ongoing or recurring work has periodic reports, not " + deadline.kind());
    }
    // "định kỳ" without a cycle named is reported on the ongoing cycle
    boolean onOngoingCycle = deadline.kind() == DeadlineKind.ONGOING || deadline.cycle() == null;
    for (int k = onOngoingCycle ? 1 : 0; k < 1000; k++) {
      LocalDate lastDay = onOngoingCycle
          ? issuedOn.plus(policy.ongoingReportCycle().multipliedBy(k))
          : occurrence(deadline, issuedOn, k);
      Instant lateFrom = midnightAfter(lastDay);
      if (lateFrom.isAfter(after) && !lastDay.isBefore(issuedOn)) {
        Instant opensAt = startOfWork(calendar.minusWorkingDays(lastDay, policy.periodicReportLeadWorkingDays()));
        return new ReportOccurrence(lastDay, lateFrom, opensAt.isBefore(after) ? after : opensAt,
            deadline.periodCovered(lastDay));
      }
    }
    throw new IllegalStateException("no periodic report found for " + deadline.phrase());
  }

  /**
   * The k-th occurrence's last day on time, counting periods from the one the issue date falls in: the fixed
   * day of the period if the phrase gives one ("trước ngày 20/11 hằng năm": 19/11), else the period's last day.
   */
  private LocalDate occurrence(Deadline deadline, LocalDate issuedOn, int k) {
    Cycle cycle = deadline.cycle();
    int months = switch (cycle) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case HALF_YEARLY -> 6;
      case YEARLY -> 12;
    };
    YearMonth periodStart = YearMonth.from(issuedOn).withMonth(((issuedOn.getMonthValue() - 1) / months) * months + 1)
        .plusMonths((long) months * k);
    YearMonth periodEnd = periodStart.plusMonths(months - 1);
    MonthDay day = deadline.dayInPeriod();
    if (day == null && deadline.firstReport() != null) {
      // a day outside the period's last month: whole cycles from the first report, the one before it first
      return deadline.firstReport().plusMonths((long) months * (k - 1));
    }
    if (day == null) {
      return periodEnd.atEndOfMonth();
    }
    YearMonth month = cycle == Cycle.YEARLY ? periodStart.withMonth(day.getMonthValue()) : periodEnd;
    LocalDate fixed = month.atDay(Math.min(day.getDayOfMonth(), month.lengthOfMonth()));
    return deadline.before() ? fixed.minusDays(1) : fixed;
  }

  private Instant startOfWork(LocalDate day) {
    return day.atTime(policy.workdayStart()).atZone(Deadline.VIETNAM).toInstant();
  }

  private static Instant midnightAfter(LocalDate day) {
    return day.plusDays(1).atStartOfDay(Deadline.VIETNAM).toInstant();
  }
}
