package vn.kehoach.plan;

import vn.kehoach.system.ConflictException;

/** The request does not fit the plan's current state (HTTP 409). */
public class PlanConflictException extends ConflictException {

  public PlanConflictException(String message) {
    super(message);
  }
}
