package vn.kehoach.system;

/** A request body over the configured limit (HTTP 413). */
public class RequestTooLargeException extends RuntimeException {

  public RequestTooLargeException(long limit) {
    super("Request body larger than " + limit + " bytes (dữ liệu gửi lên quá lớn; app.api.max-request-bytes)");
  }

  /** A limit of its own ({@link LargerBodyLimit}), with its own message. */
  public RequestTooLargeException(String message) {
    super(message);
  }
}
