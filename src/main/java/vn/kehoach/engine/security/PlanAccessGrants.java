package vn.kehoach.engine.security;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.PlanAccess;
import vn.kehoach.plan.PlanService;

/**
 * When a plan's lifecycle or one of its assignments starts, the groups that follow that instance may read it, so that
 * Cockpit shows each office and unit the plans of its own and no others: every group taking part in the plan
 * ({@link PlanAccess#participants}) reads the lifecycle's instance; an assignment's instance is read by its unit and
 * by those who follow every assignment ({@link PlanAccess#assignmentReaders}). One row per group and instance that
 * group follows: about 4 per assignment instead of one per participant (issue 17: 157 rows per plan of ten
 * assignments became 56, tasks' own grants included). Camunda deletes an instance's grants when it ends; an edit of
 * the draft grants and revokes as the plan's participants change ({@code CamundaPlanLifecycle#regrant}).
 */
@Component("planAccessGrants")
public class PlanAccessGrants implements ExecutionListener {

  private final PlanService plans;
  private final AssignmentService assignments;
  private final PlanAccess access;
  private final InstanceReadGrants grants;

  public PlanAccessGrants(PlanService plans, AssignmentService assignments, PlanAccess access,
                          InstanceReadGrants grants) {
    this.plans = plans;
    this.assignments = assignments;
    this.access = access;
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.grant(execution.getProcessInstanceId(), readers(execution));
  }

  private Set<String> readers(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    if (!execution.getProcessDefinitionId().startsWith(AssignmentProcess.KEY + ":")) {
      return access.participants(plans.get(planId));
    }
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    if (assignment.planId() != planId) {
      throw new IllegalStateException("assignment " + assignment.id() + " is not in plan " + planId);
    }
    return access.assignmentReaders(plans.header(planId), assignment.unit());
  }
}
