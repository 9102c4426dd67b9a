package vn.kehoach.plan;

import vn.kehoach.system.ForbiddenException;

/** The user may not do this (HTTP 403). */
public class PlanForbiddenException extends ForbiddenException {

  public PlanForbiddenException(String message) {
    super(message);
  }
}
