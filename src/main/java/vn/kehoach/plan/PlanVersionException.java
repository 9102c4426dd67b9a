package vn.kehoach.plan;

import vn.kehoach.system.RequestRefusedException;

/**
 * An edit that does not say which version of the plan it changes (HTTP 428), or changes one that is no longer
 * current (HTTP 412): the client must read the plan again rather than overwrite what someone else saved.
 */
public class PlanVersionException extends RequestRefusedException {

  private final boolean missing;

  private PlanVersionException(String message, boolean missing) {
    super(message);
    this.missing = missing;
  }

  public static PlanVersionException notSent() {
    return new PlanVersionException("Thiếu header If-Match: gửi lại ETag nhận được khi đọc kế hoạch (GET), ví dụ "
        + "If-Match: \"3\" (If-Match required: send the ETag of the version you read)", true);
  }

  public static PlanVersionException stale(String sent, int current) {
    return new PlanVersionException("Kế hoạch đã được sửa sau lần đọc của bạn (If-Match " + sent
        + ", phiên bản hiện tại \"" + current + "\"): đọc lại rồi sửa lại (the plan changed since you read it; "
        + "reload and edit again)", false);
  }

  /** True when If-Match was not sent at all (428), false when it names an old version (412). */
  public boolean missing() {
    return missing;
  }

  @Override
  public int httpStatus() {
    return missing ? 428 : 412;
  }
}
