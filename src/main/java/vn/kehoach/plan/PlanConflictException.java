package vn.kehoach.plan;

/** The request does not fit the plan's current state (HTTP 409). */
public class PlanConflictException extends RuntimeException {

  public PlanConflictException(String message) {
    super(message);
  }
}
