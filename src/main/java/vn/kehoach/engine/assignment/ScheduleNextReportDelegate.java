package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.DeadlineSchedule.ReportOccurrence;
import vn.kehoach.deadline.DeadlineSchedule;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.plan.PlanService;

/**
 * When the next periodic report of ongoing or recurring work opens, when it is due, and, for a report calendar, the
 * period it covers.
 */
@Component("scheduleNextReportDelegate")
public class ScheduleNextReportDelegate implements JavaDelegate {

  private final PlanService plans;
  private final AssignmentService assignments;
  private final DeadlineSchedule schedule;
  private final Clock clock;

  public ScheduleNextReportDelegate(PlanService plans, AssignmentService assignments, DeadlineSchedule schedule, Clock clock) {
    this.plans = plans;
    this.assignments = assignments;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    Date previousDue = Vars.NEXT_REPORT_DUE.fromOrNull(execution);
    // after a report, the next period starts where the previous one ended, even if the report came early
    java.time.Instant after = previousDue == null || previousDue.toInstant().isBefore(clock.instant())
        ? clock.instant() : previousDue.toInstant();
    ReportOccurrence next = schedule.nextReport(assignment.deadline(),
        plans.header(assignment.planId()).number().issuedOn(), after);
    Vars.NEXT_REPORT_AT.on(execution, Date.from(next.opensAt()));
    Vars.NEXT_REPORT_DUE.on(execution, Date.from(next.lateFrom()));
    Vars.NEXT_REPORT_DUE_TEXT.on(execution, Deadline.due(null, next.lastDay()).dueText());
    Vars.NEXT_REPORT_PERIOD_TEXT.on(execution, next.periodText());
  }
}
