package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanService;

/**
 * The interim review date came (sơ kết): the monitoring unit gets the units' reports so far, as for the final
 * consolidation, while the work goes on. The plan's state does not change.
 */
@Component("collectInterimReportsDelegate")
public class CollectInterimReportsDelegate implements JavaDelegate {

  private final CollectUnitReportsDelegate reports;
  private final PlanService plans;

  public CollectInterimReportsDelegate(CollectUnitReportsDelegate reports, PlanService plans) {
    this.reports = reports;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    plans.recordStep(planId, PlanLifecycleProcess.Elements.COLLECT_INTERIM_REPORTS,
        "Sơ kết: Đến ngày sơ kết, tập hợp báo cáo các đơn vị", vn.kehoach.history.PlanEvent.SYSTEM);
    UNIT_REPORTS.on(execution, reports.unitReports(planId));
    RETURN_COMMENT.on(execution, null);
  }
}
