package vn.kehoach.assignment;

/** A unit's part in an assignment. */
public enum AssignmentRole {
  LEAD("Chủ trì"),
  COOPERATE("Phối hợp");

  private final String label;

  AssignmentRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
