package vn.kehoach.assignment;

import vn.kehoach.deadline.Deadline;

/** A validated assignment of a plan not yet stored: the unit exists, the deadline is understood. */
public record NewAssignment(String unit, AssignmentRole role, String task, Deadline deadline) {}
