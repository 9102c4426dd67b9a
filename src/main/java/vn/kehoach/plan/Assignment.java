package vn.kehoach.plan;

import java.time.Instant;
import vn.kehoach.deadline.Deadline;

/** Who must do what by when; done once the unit has reported its result. */
public record Assignment(long id, long planId, int position, String unit, AssignmentRole role, String task,
                         Deadline deadline, Instant doneAt, String report) {

  public boolean done() {
    return doneAt != null;
  }
}
