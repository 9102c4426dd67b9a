package vn.kehoach.plan;

/** The user may not do this (HTTP 403). */
public class PlanForbiddenException extends RuntimeException {

  public PlanForbiddenException(String message) {
    super(message);
  }
}
