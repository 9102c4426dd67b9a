package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.plan.PlanService;

/**
 * Sends the issued plan to "Nơi nhận" and prepares the fan-out: the recipient units that confirm receipt, and
 * the assignments to carry out. Both lists are transient: the plan's tables hold them, the engine needs them
 * only to start the parallel branches in this same transaction.
 */
@Component("disseminatePlanDelegate")
public class DisseminatePlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public DisseminatePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    ACKNOWLEDGING_UNITS.transientOn(execution, plans.disseminate(planId));
    ASSIGNMENT_IDS.transientOn(execution, plans.get(planId).assignments().stream().map(Assignment::id).toList());
  }
}
