package vn.kehoach.system;

import java.util.List;

/**
 * A request refused for a reason its sender can act on: a wrong value, something that does not exist or may not be
 * done, a state or version that no longer fits. Each carries its HTTP status, so the web layer answers every feature's
 * refusals the same way without knowing the features. The message is Vietnamese first, then English.
 */
public abstract class RequestRefusedException extends RuntimeException {

  protected RequestRefusedException(String message) {
    super(message);
  }

  protected RequestRefusedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** 400, 403, 404, 409, 412, 413, 415, 422, 428 … */
  public abstract int httpStatus();

  /** The fields concerned, when the refusal is about values sent. */
  public List<FieldProblem> problems() {
    return List.of();
  }
}
