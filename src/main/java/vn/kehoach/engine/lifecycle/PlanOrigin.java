package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanService;

/**
 * The lifecycle's first gateway asks where the plan comes from. The answer is read from the plan's table, which only
 * the system writes, not from a process variable a participant could have set.
 */
@Component("planOrigin")
public class PlanOrigin {

  private final PlanService plans;

  public PlanOrigin(PlanService plans) {
    this.plans = plans;
  }

  /** Taken in after another body issued it: it skips drafting, review and signature. */
  public boolean issuedElsewhere(DelegateExecution execution) {
    return plans.header(PLAN_ID.from(execution)).issuedElsewhere();
  }
}
