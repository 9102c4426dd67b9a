package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;
import static vn.kehoach.engine.PlanVariables.REPORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanService;

/** The signer accepted the consolidated report: it is kept with the plan, which is closed. */
@Component("closePlanDelegate")
public class ClosePlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public ClosePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.close(PLAN_ID.from(execution), REPORT.from(execution));
  }
}
