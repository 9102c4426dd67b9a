package vn.kehoach.deadline.parser;

/** What kind of time limit a deadline phrase sets. */
public enum DeadlineForm {
  /** One instant from which the work is late: "trong tháng 4/2024", "trước ngày 15/5/2024". */
  DUE,
  /**
   * From a first day to a last day on time: "từ ngày 01/4/2024 đến ngày 30/4/2024", "giai đoạn 2021-2025", "trong 30
   * ngày kể từ ngày 01/6/2024". Due at the last day; the start is kept and shown.
   */
  RANGE,
  /**
   * Several phases, each a range: "giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)". Due at the end of the last
   * phase; each phase's end is a reporting point.
   */
  PHASED,
  /** A cycle of reports or reviews: "định kỳ 6 tháng", "trước ngày 20/11 hằng năm". */
  RECURRING,
  /** "thường xuyên", "liên tục": no single deadline, reported on every reporting cycle. */
  ONGOING,
  /** A number of (working) days from an event, resolved later by a working-day calendar. */
  RELATIVE,
  /** No deadline could be read; {@link ParsedDeadline#reason()} says why. */
  UNPARSED
}
