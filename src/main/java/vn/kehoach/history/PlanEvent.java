package vn.kehoach.history;

import java.time.Instant;

/**
 * Something decided or done on the plan, kept with it: a decision (review, signature, report acceptance), or on one
 * assignment a reminder, an escalation, an extension.
 *
 * @param assignmentId the assignment concerned, or null for the plan as a whole
 */
public record PlanEvent(Instant at, String step, String decision, String comment, String by, Long assignmentId) {

  /** The actor of the steps the system takes by itself (numbering, dissemination, reminders, escalations). */
  public static final String SYSTEM = "system";

  public PlanEvent(Instant at, String step, String decision, String comment, String by) {
    this(at, step, decision, comment, by, null);
  }
}
