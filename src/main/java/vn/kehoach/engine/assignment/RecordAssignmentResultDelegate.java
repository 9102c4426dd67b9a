package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.REPORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.PlanVariables;

/** The unit reported: the assignment is done, with its report and the time it was done. */
@Component("recordAssignmentResultDelegate")
public class RecordAssignmentResultDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public RecordAssignmentResultDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    if (assignment.kind() == AssignmentKind.OWN_PLAN) {
      if (assignment.done()) {
        return; // done as the unit's own plan was issued (PlanCascade), at that moment
      }
      // only the issue of the unit's plan ends the wait: a message sent by anyone else rolls back here
      throw new IllegalStateException("Assignment " + assignment.id() + " waits for the unit's own plan, not issued");
    }
    assignments.complete(ASSIGNMENT_ID.from(execution), REPORT.from(execution),
        PlanVariables.REPORTED_BY.fromOrNull(execution));
  }
}
