package vn.kehoach.engine.task;

import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.organisation.IssuerProfile;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.Recipient;

/**
 * Who works on a task, decided when the task is created from the plan's own tables and the organisation: the
 * drafter drafts, the issuer's office reviews, its signer signs and decides, the monitoring unit urges and
 * consolidates, each assigned unit carries out its assignment. No process variable a participant could have
 * written takes part, and a plan edited while drafting routes its next tasks to its new units.
 */
@Component("taskRouting")
public class TaskRouting implements TaskListener {

  private final PlanService plans;
  private final Organisation organisation;

  public TaskRouting(PlanService plans, Organisation organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    task.addCandidateGroup(groupFor(task));
  }

  String groupFor(DelegateTask task) {
    Plan plan = plans.get(PlanVariables.PLAN_ID.from(task));
    String step = task.getTaskDefinitionKey();
    return switch (step) {
      case DRAFT -> plan.drafter();
      case REVIEW -> issuer(plan).office();
      case SIGN, ACCEPT_REPORT, AssignmentProcess.Elements.DECIDE_EXTENSION,
           AssignmentProcess.Elements.URGE_BY_SIGNER -> issuer(plan).signerRole();
      case CONSOLIDATE, AssignmentProcess.Elements.URGE -> plan.monitoringUnit();
      case AssignmentProcess.Elements.EXECUTE, AssignmentProcess.Elements.EXECUTE_ONGOING,
           AssignmentProcess.Elements.PERIODIC_REPORT ->
          plans.assignment(PlanVariables.ASSIGNMENT_ID.from(task)).unit();
      case ACKNOWLEDGE -> recipient(plan, PlanLifecycleProcess.Vars.RECIPIENT_UNIT.from(task));
      default -> throw new IllegalStateException("No routing for task " + step);
    };
  }

  private IssuerProfile issuer(Plan plan) {
    return organisation.requireUnit(plan.issuer()).issuer();
  }

  /** The multi-instance hands out the plan's recipient units; each must be one that confirms receipt. */
  private static String recipient(Plan plan, String unit) {
    return plan.recipients().stream().filter(Recipient::acknowledges).map(Recipient::unit)
        .filter(unit::equals).findFirst()
        .orElseThrow(() -> new IllegalStateException("'" + unit + "' is no recipient of plan " + plan.id()));
  }
}
