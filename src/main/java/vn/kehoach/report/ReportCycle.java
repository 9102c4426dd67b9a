package vn.kehoach.report;

/** Which consolidation a report document belongs to: the final one that closes the plan, or an interim review. */
public enum ReportCycle {
  /** Tổng kết: every assignment reported (or the final review date came), the signer's acceptance closes the plan. */
  FINAL("Kết quả thực hiện", "tong-ket"),
  /** Sơ kết: at the plan's interim review date, while the work goes on. */
  INTERIM("Sơ kết kết quả thực hiện", "so-ket");

  private final String titleLead;
  private final String fileTag;

  ReportCycle(String titleLead, String fileTag) {
    this.titleLead = titleLead;
    this.fileTag = fileTag;
  }

  /** How the title under "BÁO CÁO" begins: "Kết quả thực hiện Kế hoạch số ...". */
  public String titleLead() {
    return titleLead;
  }

  public String fileTag() {
    return fileTag;
  }
}
