package vn.kehoach.engine.security;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanAccess;
import vn.kehoach.plan.PlanService;

/**
 * When a plan's lifecycle or one of its assignments starts, every group that takes part in the plan (issuer, its
 * office and signer, drafter, monitoring unit, assigned and recipient units) may read that process instance, so
 * that Cockpit shows each office and unit the plans of its own and no others.
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
    for (String group : access.participants(plan)) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId(instance);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }
}
