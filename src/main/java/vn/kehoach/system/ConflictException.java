package vn.kehoach.system;

/** The request does not fit the current state of what it changes (HTTP 409). */
public class ConflictException extends RequestRefusedException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
