package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;

/** Every assignment is reported: the plan moves to reporting and the monitoring unit gets the units' reports. */
@Component("collectUnitReportsDelegate")
public class CollectUnitReportsDelegate implements JavaDelegate {

  private final PlanService plans;
  private final Organisation organisation;

  public CollectUnitReportsDelegate(PlanService plans, Organisation organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    plans.enter(planId, PlanState.REPORTING);
    Plan plan = plans.get(planId);
    StringBuilder text = new StringBuilder();
    for (Assignment a : plan.assignments()) {
      text.append(a.position() + 1).append(". ")
          .append(organisation.unit(a.unit()).map(Unit::name).orElse(a.unit()))
          .append(" (").append(a.role().label()).append("): ")
          .append(a.report() == null ? "chưa báo cáo" : a.report().strip()).append("\n");
    }
    UNIT_REPORTS.on(execution, ProcessText.fit(text.toString().strip()));
    RETURN_COMMENT.on(execution, null);
  }
}
