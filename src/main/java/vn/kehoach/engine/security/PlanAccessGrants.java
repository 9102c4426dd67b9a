package vn.kehoach.engine.security;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanAccess;
import vn.kehoach.plan.PlanService;

/**
 * When a plan's lifecycle or one of its assignments starts, the groups that follow that instance may read it, so that
 * Cockpit shows each office and unit the plans of its own and no others: every group taking part in the plan
 * ({@link PlanAccess#participants}) reads the lifecycle's instance; an assignment's instance is read by its unit and
 * by those who follow every assignment ({@link PlanAccess#assignmentReaders}). One row per group and instance that
 * group follows: about 4 per assignment instead of one per participant (issue 17: 157 rows per plan of ten
 * assignments became 56, tasks' own grants included). Camunda deletes an instance's grants when it ends.
 */
@Component("planAccessGrants")
public class PlanAccessGrants implements ExecutionListener {

  private final PlanService plans;
  private final PlanAccess access;
  private final AuthorizationService authorizations;

  public PlanAccessGrants(PlanService plans, PlanAccess access, AuthorizationService authorizations) {
    this.plans = plans;
    this.access = access;
    this.authorizations = authorizations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Plan plan = plans.get(PLAN_ID.from(execution));
    String instance = execution.getProcessInstanceId();
    for (String group : readers(execution, plan)) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId(instance);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }

  private Set<String> readers(DelegateExecution execution, Plan plan) {
    if (!execution.getProcessDefinitionId().startsWith(AssignmentProcess.KEY + ":")) {
      return access.participants(plan);
    }
    long assignmentId = ASSIGNMENT_ID.from(execution);
    String unit = plan.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
        .orElseThrow(() -> new IllegalStateException("assignment " + assignmentId + " is not in plan " + plan.id()))
        .unit();
    return access.assignmentReaders(plan, unit);
  }
}
