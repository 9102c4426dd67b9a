package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanService;

/**
 * The final review date came (tổng kết) before all the work was reported: the variable set on the process instance
 * interrupts the execution (the conditional boundary event of the assignments), and the final consolidation opens
 * with the work still open listed as unfinished.
 */
@Component("finalReviewDueDelegate")
public class FinalReviewDueDelegate implements JavaDelegate {

  private final PlanService plans;

  public FinalReviewDueDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.recordStep(PLAN_ID.from(execution), PlanLifecycleProcess.Elements.FINAL_REVIEW_DUE,
        "Tổng kết: Đến ngày tổng kết, dừng các nhiệm vụ chưa hoàn thành", vn.kehoach.history.PlanEvent.SYSTEM);
    PlanLifecycleProcess.Vars.FINAL_REVIEW_DUE.on(execution.getProcessInstance(), true);
  }
}
