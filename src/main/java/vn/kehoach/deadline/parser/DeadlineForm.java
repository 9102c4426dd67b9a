package vn.kehoach.deadline.parser;

/** What kind of time limit a deadline phrase sets. */
public enum DeadlineForm {
  /** One instant from which the work is late: "trong tháng 4/2024", "trước ngày 15/5/2024". */
  DUE,
  /** A cycle of reports or reviews: "định kỳ 6 tháng", "trước ngày 20/11 hằng năm". */
  RECURRING,
  /** "thường xuyên", "liên tục": no single deadline, reported on every reporting cycle. */
  ONGOING,
  /** A number of (working) days from an event, resolved later by a working-day calendar. */
  RELATIVE,
  /** No deadline could be read; {@link ParsedDeadline#reason()} says why. */
  UNPARSED
}
