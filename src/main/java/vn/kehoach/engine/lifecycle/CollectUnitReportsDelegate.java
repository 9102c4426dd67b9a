package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.cascade.CascadeSummary;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.evidence.EvidenceCatalogue;
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
  private final CascadeSummary cascade;
  private final EvidenceCatalogue evidence;

  public CollectUnitReportsDelegate(PlanService plans, Organisation organisation, CascadeSummary cascade,
                                    EvidenceCatalogue evidence) {
    this.plans = plans;
    this.organisation = organisation;
    this.cascade = cascade;
    this.evidence = evidence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    plans.enter(planId, PlanState.REPORTING);
    UNIT_REPORTS.on(execution, unitReports(planId));
    RETURN_COMMENT.on(execution, null);
  }

  /** The units' reports as the monitoring unit reads them: per assignment, then the child plans and the evidence. */
  String unitReports(long planId) {
    Plan plan = plans.get(planId);
    StringBuilder text = new StringBuilder();
    for (Assignment a : plan.assignments()) {
      text.append(a.position() + 1).append(". ")
          .append(organisation.unit(a.unit()).map(Unit::name).orElse(a.unit()))
          .append(" (").append(a.role().label()).append("): ")
          .append(a.report() == null ? "chưa báo cáo" : a.report().strip()).append("\n");
    }
    String childPlans = cascade.childPlans(planId);
    if (!childPlans.isEmpty()) {
      // the cascade rolled up: each plan carrying this one out, its state and its (and its own children's) statuses
      text.append("\nKế hoạch thực hiện của các đơn vị:\n").append(childPlans);
    }
    String files = evidence.text(planId);
    if (!files.isEmpty()) {
      // the evidence the units attached: each file's name and the start of its SHA-256
      text.append("\n").append(files);
    }
    return ProcessText.fit(text.toString().strip());
  }
}
