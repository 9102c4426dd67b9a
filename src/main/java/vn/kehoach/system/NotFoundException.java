package vn.kehoach.system;

/** Nothing with that id, or nothing the user may know of (HTTP 404). */
public class NotFoundException extends RequestRefusedException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
