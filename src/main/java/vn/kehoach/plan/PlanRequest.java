package vn.kehoach.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;

/**
 * The JSON body of {@code POST /api/plans}, as clients and the document import send it.
 *
 * @param type document type code, "KH" when absent
 * @param drafter the advising unit that drafts; the monitoring unit when absent
 * @param implementsDocuments the documents this plan carries out (JSON name {@code implements})
 * @param interimReviewOn the day of the interim review (sơ kết), ISO date; none when absent
 * @param finalReviewOn the day of the final review (tổng kết), ISO date; none when absent
 */
public record PlanRequest(String title, String type, String issuer, String drafter, String monitoringUnit,
                          @JsonProperty("implements") List<ImplementedDocument> implementsDocuments,
                          List<AssignmentRequest> assignments, List<RecipientRequest> recipients,
                          LocalDate interimReviewOn, LocalDate finalReviewOn) {

  /** A plan without review dates: the plan is reviewed (tổng kết) only when its work is done. */
  public PlanRequest(String title, String type, String issuer, String drafter, String monitoringUnit,
                     List<ImplementedDocument> implementsDocuments, List<AssignmentRequest> assignments,
                     List<RecipientRequest> recipients) {
    this(title, type, issuer, drafter, monitoringUnit, implementsDocuments, assignments, recipients, null, null);
  }

  /**
   * @param deadline the deadline as written ("trong tháng 4/2024"), an ISO date, or "thường xuyên"
   * @param dueDate the last day on time (yyyy-mm-dd) when the phrase alone cannot be read yet
   * @param kind TASK when absent; OWN_PLAN asks the unit to issue its own plan carrying this one out
   */
  public record AssignmentRequest(String unit, AssignmentRole role, String task, String deadline, String dueDate,
                                  AssignmentKind kind) {

    public AssignmentRequest(String unit, AssignmentRole role, String task, String deadline, String dueDate) {
      this(unit, role, task, deadline, dueDate, null);
    }

    /** The same assignment for another unit and with another deadline: role, task and kind are kept. */
    public AssignmentRequest with(String otherUnit, String otherDeadline, String otherDueDate) {
      return new AssignmentRequest(otherUnit, role, task, otherDeadline, otherDueDate, kind);
    }
  }

  /** A unit of the organisation, or a name for bodies outside it. */
  public record RecipientRequest(String unit, String name, RecipientPurpose purpose) {}
}
