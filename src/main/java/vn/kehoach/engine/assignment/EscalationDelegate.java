package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.AssignmentLogContext;
import vn.kehoach.engine.task.TaskLabels;
import vn.kehoach.notification.DeadlineNotifications;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;

/** A missed deadline: records the escalation on the assignment and e-mails the units concerned. */
abstract class EscalationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationDelegate.class);

  private final PlanService plans;
  private final AssignmentService assignments;
  private final DeadlineNotifications notifications;
  private final Organisation organisation;
  private final int level;

  EscalationDelegate(PlanService plans, AssignmentService assignments, DeadlineNotifications notifications,
                     Organisation organisation, int level) {
    this.plans = plans;
    this.assignments = assignments;
    this.notifications = notifications;
    this.organisation = organisation;
    this.level = level;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment escalated = assignments.escalate(ASSIGNMENT_ID.from(execution), level);
    try (AssignmentLogContext context = AssignmentLogContext.of(escalated)) {
      LOG.info("plan={} assignment={} unit={}: overdue since {}, escalation level {}", escalated.planId(),
          escalated.id(), escalated.unit(), escalated.deadline().lateFrom(), level);
      Plan plan = plans.header(escalated.planId());
      notifications.escalation(plan, escalated, level, organisation.requireUnit(plan.issuer()).issuer().signerRole());
    }
    // the unit's open work now comes first in its list
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task work : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(AssignmentProcess.Elements.EXECUTE).list()) {
      tasks.setPriority(work.getId(), TaskLabels.PRIORITY_OVERDUE);
    }
  }
}
