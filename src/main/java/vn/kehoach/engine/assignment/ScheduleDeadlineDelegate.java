package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.DeadlineSchedule;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;

/**
 * Sets the dates of the timers around the work from the deadline in force, on the working-day calendar: the
 * reminder, the deadline itself, the escalation to the signer. Runs again after an approved extension.
 */
@Component("scheduleDeadlineDelegate")
public class ScheduleDeadlineDelegate implements JavaDelegate {

  private final AssignmentService assignments;
  private final DeadlineSchedule schedule;

  public ScheduleDeadlineDelegate(AssignmentService assignments, DeadlineSchedule schedule) {
    this.assignments = assignments;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    Deadline deadline = assignment.deadline();
    Vars.DUE.on(execution, Date.from(deadline.lateFrom()));
    Vars.DUE_TEXT.on(execution, deadline.dueText());
    Vars.ORIGINAL_DUE_TEXT.on(execution, Deadline.due(null, assignment.originalDueDate()).dueText());
    Vars.REMINDER_AT.on(execution, Date.from(schedule.reminderAt(deadline.dueDate())));
    Vars.ESCALATE_TO_SIGNER_AT.on(execution, Date.from(schedule.escalateToSignerAt(deadline.dueDate())));
  }
}
