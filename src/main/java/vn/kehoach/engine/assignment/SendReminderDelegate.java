package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.AssignmentLogContext;
import vn.kehoach.notification.DeadlineNotifications;
import vn.kehoach.plan.PlanService;

/**
 * Reminds the unit before its deadline. A reminder that comes due only after the deadline has passed (a plan
 * issued late) is skipped: the escalation that fires with it says more.
 */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendReminderDelegate.class);

  private final PlanService plans;
  private final AssignmentService assignments;
  private final DeadlineNotifications notifications;
  private final Clock clock;

  public SendReminderDelegate(PlanService plans, AssignmentService assignments, DeadlineNotifications notifications, Clock clock) {
    this.plans = plans;
    this.assignments = assignments;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    try (AssignmentLogContext context = AssignmentLogContext.of(assignment)) {
      if (assignment.done() || !clock.instant().isBefore(assignment.deadline().lateFrom())) {
        LOG.info("plan={} assignment={} unit={}: no reminder, the deadline has passed", assignment.planId(),
            assignment.id(), assignment.unit());
        return;
      }
      Assignment reminded = assignments.remind(assignment.id());
      LOG.info("plan={} assignment={} unit={}: reminded, due {}", assignment.planId(), assignment.id(),
          assignment.unit(), assignment.deadline().dueText());
      notifications.reminder(plans.header(assignment.planId()), reminded);
    }
  }
}
