package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanService;

/** The signer refused to issue the plan: it ends as rejected. */
@Component("rejectPlanDelegate")
public class RejectPlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public RejectPlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.reject(PLAN_ID.from(execution));
  }
}
