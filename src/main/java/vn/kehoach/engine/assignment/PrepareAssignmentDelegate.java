package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

/** Reads the assignment from the plan's tables: who does it, what, and whether it has a due date. */
@Component("prepareAssignmentDelegate")
public class PrepareAssignmentDelegate implements JavaDelegate {

  private final AssignmentService assignments;
  private final Organisation organisation;

  public PrepareAssignmentDelegate(AssignmentService assignments, Organisation organisation) {
    this.assignments = assignments;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = assignments.assignment(ASSIGNMENT_ID.from(execution));
    Vars.UNIT.on(execution, assignment.unit());
    Vars.UNIT_NAME.on(execution, organisation.unit(assignment.unit()).map(Unit::name).orElse(assignment.unit()));
    Vars.ROLE_TEXT.on(execution, assignment.role().label());
    Vars.TASK.on(execution, ProcessText.fit(assignment.task()));
    Vars.DEADLINE.on(execution, assignment.deadline().phrase());
    Vars.DUE_TEXT.on(execution, assignment.deadline().dueText());
    Vars.PHASES_TEXT.on(execution, assignment.deadline().phasesText());
    if (!assignment.deadline().kind().periodic() && assignment.deadline().dueDate() == null) {
      throw new IllegalStateException("Assignment " + assignment.id() + " has no deadline that can be enforced: "
          + assignment.deadline().kind() + " '" + assignment.deadline().phrase() + "'");
    }
    Vars.HAS_DUE_DATE.on(execution, !assignment.deadline().kind().periodic());
    Vars.OWN_PLAN.on(execution, assignment.kind() == AssignmentKind.OWN_PLAN);
  }
}
