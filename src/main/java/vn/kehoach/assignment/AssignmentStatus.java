package vn.kehoach.assignment;

import java.time.Instant;
import vn.kehoach.deadline.DeadlineKind;

/** How far an assignment is, as the Government Office counts it: each assignment is exactly one of these. */
public enum AssignmentStatus {
  IN_PROGRESS_ON_TIME("đang thực hiện trong hạn"),
  IN_PROGRESS_OVERDUE("đang thực hiện quá hạn"),
  DONE_ON_TIME("hoàn thành đúng hạn"),
  DONE_LATE("hoàn thành quá hạn"),
  ONGOING("thường xuyên");

  private final String label;

  AssignmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @param lateFrom the instant from which the work is late (after any approved extension); null if none yet
   * @param doneAt when the unit reported its result; null while in progress
   */
  public static AssignmentStatus of(DeadlineKind kind, Instant lateFrom, Instant doneAt, Instant now) {
    if (kind.periodic()) {
      return ONGOING;
    }
    if (doneAt != null) {
      return lateFrom == null || doneAt.isBefore(lateFrom) ? DONE_ON_TIME : DONE_LATE;
    }
    return lateFrom != null && !now.isBefore(lateFrom) ? IN_PROGRESS_OVERDUE : IN_PROGRESS_ON_TIME;
  }
}
