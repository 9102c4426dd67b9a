package vn.kehoach.importing;

/** What a person should check in an imported plan before sending it on. */
public enum WarningCode {
  /** No kind and title ("KẾ HOẠCH" and its subject, or a letter's "V/v"): the text may be an excerpt. */
  TITLE_MISSING,
  /** No body is given work: no "Tổ chức thực hiện", no "Điều N" giving tasks, no task table; maybe an excerpt. */
  ASSIGNMENTS_MISSING,
  /** No issuing body in the header nor in the opening sentence. */
  ISSUER_MISSING,
  /** The header has no issuing body; it was read from the opening sentence ("..., Sở Ngoại vụ xây dựng Kế hoạch"). */
  ISSUER_FROM_OPENING_SENTENCE,
  /** The issuing body matches a unit that does not issue documents. */
  ISSUER_NOT_AN_ISSUER,
  /** A body (issuer, assignee, monitoring body or recipient) matches no unit; the best candidate is named if any. */
  BODY_UNMATCHED,
  /** A body was matched by word similarity only; the score is given. */
  BODY_FUZZY_MATCH,
  /** An item of the assignments names no body (a letter's tasks for all its addressees). */
  BODY_MISSING,
  /** A cooperating body named only by kind ("các cơ quan liên quan"): no assignment was made for it. */
  BODY_GENERIC,
  /**
   * A task asks for the body's own plan ("xây dựng kế hoạch") but the unit matched cannot issue documents: it is
   * assigned as a task.
   */
  OWN_PLAN_AS_TASK,
  /** No deadline in an assignment's text. */
  DEADLINE_MISSING,
  /** A deadline is written but could not be read. */
  DEADLINE_UNPARSED,
  /** No number, or a blank sequence ("Số: /BC-SNgV"). */
  NUMBER_MISSING,
  /** No date, or a blank day ("ngày   tháng 4 năm 2024"). */
  DATE_MISSING,
  /** The number's type differs from the kind written ("Số: /BC-SNgV" on a KẾ HOẠCH). */
  TYPE_MISMATCH,
  /** No body is told to monitor, urge and consolidate reports. */
  MONITORING_MISSING,
  /** No "Nơi nhận" list. */
  RECIPIENTS_MISSING,
  /** No signature block. */
  SIGNATURE_MISSING,
  /** A signature without its mode (T/M, KT.) or title. */
  SIGNATURE_INCOMPLETE
}
