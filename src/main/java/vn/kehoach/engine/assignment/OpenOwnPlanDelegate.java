package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.cascade.PlanCascade;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;

/** An assignment "xây dựng kế hoạch": the unit's own plan is opened (or the one it has is used). */
@Component("openOwnPlanDelegate")
public class OpenOwnPlanDelegate implements JavaDelegate {

  private final PlanCascade cascade;

  public OpenOwnPlanDelegate(PlanCascade cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanCascade.OwnPlan ownPlan = cascade.openOwnPlan(ASSIGNMENT_ID.from(execution));
    Vars.OWN_PLAN_ID.on(execution, ownPlan.planId());
    Vars.OWN_PLAN_ISSUED.on(execution, ownPlan.issued());
  }
}
