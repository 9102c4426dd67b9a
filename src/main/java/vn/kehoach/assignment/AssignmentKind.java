package vn.kehoach.assignment;

/** What the unit is asked for: to carry out a task, or to issue its own plan carrying out this one. */
public enum AssignmentKind {
  TASK("thực hiện nhiệm vụ"),
  /** "Xây dựng kế hoạch và tổ chức triển khai thực hiện": done when the unit's own plan is issued. */
  OWN_PLAN("xây dựng kế hoạch thực hiện");

  private final String label;

  AssignmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
