package vn.kehoach.deadline;

/** What kind of time limit an assignment has. */
public enum DeadlineKind {
  /** A single date from which the work is late. */
  DUE,
  /** "thường xuyên", "liên tục": no single deadline, reported on every cycle. */
  ONGOING
}
