package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.COMMENT;
import static vn.kehoach.engine.PlanVariables.DECIDED_BY;
import static vn.kehoach.engine.PlanVariables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.task.Decision;

/** The issuing body's answer to an extension request; an approval moves the deadline in force. */
@Component("recordExtensionDecisionDelegate")
public class RecordExtensionDecisionDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public RecordExtensionDecisionDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = Decision.APPROVE.name().equals(DECISION.from(execution));
    assignments.decideExtension(ASSIGNMENT_ID.from(execution), approved, COMMENT.fromOrNull(execution),
        DECIDED_BY.fromOrNull(execution));
  }
}
