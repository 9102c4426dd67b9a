package vn.kehoach.system;

/** The user may not do this (HTTP 403). */
public class ForbiddenException extends RequestRefusedException {

  public ForbiddenException(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
