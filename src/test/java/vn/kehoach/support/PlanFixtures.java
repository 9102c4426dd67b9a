package vn.kehoach.support;

import java.time.LocalDate;
import java.util.List;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.plan.ImplementedDocument;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest.RecipientRequest;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.RecipientPurpose;

/** Plan requests modelled on seed 000: the provincial standing committee's plan for Directive 02-CT/TW. */
public final class PlanFixtures {

  public static final String ISSUER = "btv-tinh-uy";
  public static final String OFFICE = "van-phong-tinh-uy";
  public static final String SIGNER = "pho-bi-thu-tinh-uy";
  public static final String POLICE = "dang-uy-cong-an-tinh";
  public static final String PROPAGANDA = "ban-tuyen-giao-dan-van";
  public static final String INSPECTION = "uy-ban-kiem-tra-tinh-uy";
  public static final String FRONT = "dang-uy-mttq-tinh";

  private PlanFixtures() {}

  /**
   * {@link #provincialPlan} with its dated assignments due around {@code today}, whenever the test runs: the
   * propaganda work ten days ago (overdue once issued), the front's in two months.
   */
  public static PlanRequest provincialPlanDueAround(String title, LocalDate today) {
    PlanRequest plan = provincialPlan(title);
    List<AssignmentRequest> assignments = plan.assignments().stream().map(a -> switch (a.unit()) {
      case PROPAGANDA -> new AssignmentRequest(a.unit(), a.role(), a.task(), today.minusDays(10).toString(), null);
      case FRONT -> new AssignmentRequest(a.unit(), a.role(), a.task(), today.plusMonths(2).toString(), null);
      default -> a;
    }).toList();
    return new PlanRequest(plan.title(), plan.type(), plan.issuer(), plan.drafter(), plan.monitoringUnit(),
        plan.implementsDocuments(), assignments, plan.recipients());
  }

  /** Three assignments: a dated one, an ongoing one, one with an ISO date; four recipients of every purpose. */
  public static PlanRequest provincialPlan(String title) {
    return new PlanRequest(title, "KH", ISSUER, null, POLICE,
        List.of(new ImplementedDocument("02-CT/TW", LocalDate.of(2026, 1, 31), "Ban Bí thư",
            "Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác PCCC và CNCH trong tình hình mới")),
        List.of(
            new AssignmentRequest(PROPAGANDA, AssignmentRole.LEAD,
                "Chỉ đạo, định hướng các cơ quan truyền thông tăng cường tuyên truyền về PCCC và CNCH",
                "trong tháng 4/2026", "2026-04-30"),
            new AssignmentRequest(INSPECTION, AssignmentRole.LEAD,
                "Kiểm tra, giám sát việc thực hiện Chỉ thị số 02-CT/TW và Kế hoạch", "thường xuyên", null),
            new AssignmentRequest(FRONT, AssignmentRole.COOPERATE,
                "Lãnh đạo Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách, pháp luật về PCCC và CNCH",
                "2026-12-31", null)),
        List.of(
            new RecipientRequest(null, "Văn phòng Trung ương Đảng", RecipientPurpose.INFORM),
            new RecipientRequest(FRONT, "Đảng ủy MTTQ tỉnh", null),
            new RecipientRequest(PROPAGANDA, null, RecipientPurpose.EXECUTE),
            new RecipientRequest(OFFICE, "Lưu VPTU", RecipientPurpose.ARCHIVE)));
  }
}
