package vn.kehoach.plan;

/** Where a plan is in its life. */
public enum PlanState {
  DRAFTING("Đang soạn thảo"),
  IN_REVIEW("Đang thẩm định"),
  AWAITING_SIGNATURE("Chờ ký ban hành"),
  IN_EXECUTION("Đang tổ chức thực hiện"),
  REPORTING("Đang tổng hợp báo cáo"),
  CLOSED("Đã kết thúc"),
  REJECTED("Không ban hành");

  private final String label;

  PlanState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
