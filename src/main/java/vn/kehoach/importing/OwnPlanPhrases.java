package vn.kehoach.importing;

import java.util.List;

/**
 * Tasks that ask a body to issue its own plan carrying the document out: "xây dựng kế hoạch và tổ chức triển khai
 * thực hiện" (seed 001), "cụ thể hóa bằng kế hoạch", "ban hành kế hoạch thực hiện", "xây dựng chương trình hành động".
 */
final class OwnPlanPhrases {

  private static final List<String> FOLDED = List.of("xay dung ke hoach", "ban hanh ke hoach", "cu the hoa",
      "xay dung chuong trinh hanh dong", "ban hanh chuong trinh hanh dong");

  private OwnPlanPhrases() {}

  static boolean asksForOwnPlan(String task) {
    if (task == null) {
      return false;
    }
    String folded = VietnameseText.fold(task);
    return FOLDED.stream().anyMatch(folded::contains);
  }
}
