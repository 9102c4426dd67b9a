package vn.kehoach.deadline;

/** What kind of time limit an assignment has. */
public enum DeadlineKind {
  /** A single date from which the work is late ("trong tháng 4/2024", "trước ngày 15/5/2024"). */
  DUE,
  /** From a start to a last day ("từ ngày 01/4/2024 đến ngày 30/4/2024"): due at the last day, the start shown. */
  RANGE,
  /** Several phases, each a range: due at the end of the last; each phase's end is a reporting point (milestone). */
  PHASED,
  /** A cycle, maybe with a day in it ("hằng quý", "trước ngày 20/11 hằng năm"): reported on every cycle. */
  RECURRING,
  /** "thường xuyên", "liên tục": no single deadline, reported on every reporting cycle. */
  ONGOING,
  /** n days or n working days from issue ("trong 05 ngày làm việc"): dated when the plan is issued. */
  RELATIVE,
  /** The phrase could not be read: the plan cannot be signed until the drafter sets a deadline. */
  UNPARSED;

  /** Work without a single due date, reported periodically instead. */
  public boolean periodic() {
    return this == RECURRING || this == ONGOING;
  }
}
