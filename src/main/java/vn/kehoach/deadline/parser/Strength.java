package vn.kehoach.deadline.parser;

/** How strongly an expression states a deadline, for choosing among several in one text. */
enum Strength {
  /** "thường xuyên" is often an adverb ("thường xuyên kiểm tra") beside a real deadline. */
  ADVERB,
  /** "định kỳ", "sơ kết" without a cycle. */
  UNSPECIFIED_CYCLE,
  /** A span of years ("giai đoạn 2026 - 2030"), often the object of the work rather than its time limit. */
  SPAN,
  /** A date, period, cycle or number of days (or a malformed one, which must not be passed over silently). */
  SPECIFIC
}
