package vn.kehoach.assignment;

import vn.kehoach.deadline.Deadline;

/**
 * A validated assignment of a plan not yet stored: the unit exists, the deadline is understood, and a unit asked for
 * its own plan can issue one.
 */
public record NewAssignment(String unit, AssignmentRole role, String task, Deadline deadline, AssignmentKind kind) {

  public NewAssignment(String unit, AssignmentRole role, String task, Deadline deadline) {
    this(unit, role, task, deadline, AssignmentKind.TASK);
  }
}
