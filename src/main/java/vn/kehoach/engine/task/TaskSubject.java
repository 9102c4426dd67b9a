package vn.kehoach.engine.task;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.kehoach.engine.PlanVariables;

/**
 * The plan and assignment a task belongs to, as the system recorded them on its process instance (no task accepts
 * these variables).
 *
 * @param assignmentId null for the tasks of the plan's lifecycle
 */
public record TaskSubject(long planId, Long assignmentId) {

  public static TaskSubject of(VariableScope task) {
    return new TaskSubject(PlanVariables.PLAN_ID.from(task), PlanVariables.ASSIGNMENT_ID.fromOrNull(task));
  }

  public long requireAssignmentId() {
    if (assignmentId == null) {
      throw new IllegalStateException("The task of plan " + planId + " belongs to no assignment");
    }
    return assignmentId;
  }
}
