package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;

/** Keeps the period's report with the assignment. */
@Component("recordPeriodicReportDelegate")
public class RecordPeriodicReportDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public RecordPeriodicReportDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.recordPeriodicReport(ASSIGNMENT_ID.from(execution), Vars.NEXT_REPORT_DUE.from(execution).toInstant(),
        Vars.PERIODIC_REPORT.from(execution).strip(), PlanVariables.REPORTED_BY.fromOrNull(execution));
    Vars.PERIODIC_REPORT.on(execution, null);
  }
}
