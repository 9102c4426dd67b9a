package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;

/** On entering drafting, review or signature, records the plan's state (the other states are set by the steps' delegates). */
@Component("planStateListener")
public class PlanStateListener implements ExecutionListener {

  private static final Map<String, PlanState> STATE_OF_STEP = Map.of(
      Elements.DRAFT, PlanState.DRAFTING,
      Elements.REVIEW, PlanState.IN_REVIEW,
      Elements.SIGN, PlanState.AWAITING_SIGNATURE);

  private final PlanService plans;

  public PlanStateListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PlanState state = STATE_OF_STEP.get(execution.getCurrentActivityId());
    if (state == null) {
      throw new IllegalStateException("planStateListener is attached to " + execution.getCurrentActivityId()
          + ", which has no plan state");
    }
    plans.enter(PLAN_ID.from(execution), state);
  }
}
