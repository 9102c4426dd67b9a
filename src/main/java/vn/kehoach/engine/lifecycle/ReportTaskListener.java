package vn.kehoach.engine.lifecycle;

import vn.kehoach.engine.PlanVariables;
import vn.kehoach.report.ReportCycle;
import vn.kehoach.report.ReportDocuments;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;
import static vn.kehoach.engine.PlanVariables.REPORTED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.task.TaskActor;
import vn.kehoach.plan.PlanService;

/**
 * Who completed a step whose result a later step records: the drafter who submitted for review, the monitoring unit
 * that consolidated the report (kept with the plan now), the unit that reported a result or a period (handed to the
 * step that records it). What the task had to contain was checked by its contract.
 */
@Component("reportTaskListener")
public class ReportTaskListener implements TaskListener {

  private final PlanService plans;
  private final TaskActor actor;
  private final ReportDocuments documents;

  public ReportTaskListener(PlanService plans, TaskActor actor, ReportDocuments documents) {
    this.plans = plans;
    this.actor = actor;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    String by = actor.of(task);
    switch (task.getTaskDefinitionKey()) {
      case PlanLifecycleProcess.Elements.DRAFT ->
          plans.recordStep(PLAN_ID.from(task), task.getTaskDefinitionKey(), "Trình thẩm định dự thảo", by);
      case PlanLifecycleProcess.Elements.CONSOLIDATE -> {
        plans.recordStep(PLAN_ID.from(task), task.getTaskDefinitionKey(), "Trình báo cáo tổng hợp", by);
        // the monitoring unit's text becomes the body of the report document the signer will approve
        documents.generate(PLAN_ID.from(task), ReportCycle.FINAL, PlanVariables.REPORT.from(task), by);
      }
      case PlanLifecycleProcess.Elements.CONSOLIDATE_INTERIM -> {
        plans.recordStep(PLAN_ID.from(task), task.getTaskDefinitionKey(), "Sơ kết: Trình báo cáo sơ kết", by);
        documents.generate(PLAN_ID.from(task), ReportCycle.INTERIM, PlanVariables.REPORT.from(task), by);
      }
      default -> REPORTED_BY.on(task.getExecution(), by);
    }
  }
}
