package vn.kehoach.engine;

import org.slf4j.MDC;
import vn.kehoach.assignment.Assignment;

/**
 * Puts the plan id, assignment id and unit into the logging context while a step works on an assignment, so that
 * every log line it writes names them as fields (JSON logs) and not only in the text.
 */
public final class AssignmentLogContext implements AutoCloseable {

  private AssignmentLogContext() {}

  public static AssignmentLogContext of(Assignment assignment) {
    MDC.put("planId", String.valueOf(assignment.planId()));
    MDC.put("assignmentId", String.valueOf(assignment.id()));
    MDC.put("unit", assignment.unit());
    return new AssignmentLogContext();
  }

  @Override
  public void close() {
    MDC.remove("planId");
    MDC.remove("assignmentId");
    MDC.remove("unit");
  }
}
