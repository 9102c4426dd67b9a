package vn.kehoach.plan;

import java.time.LocalDate;
import java.util.List;
import vn.kehoach.assignment.NewAssignment;

/** A validated request to create a plan: every unit exists, every deadline is understood. */
public record NewPlan(String title, String type, String issuer, String drafter, String monitoringUnit,
                      List<ImplementedDocument> implementsDocuments, List<NewAssignment> assignments,
                      List<NewRecipient> recipients, LocalDate interimReviewOn, LocalDate finalReviewOn) {

  public NewPlan(String title, String type, String issuer, String drafter, String monitoringUnit,
                 List<ImplementedDocument> implementsDocuments, List<NewAssignment> assignments,
                 List<NewRecipient> recipients) {
    this(title, type, issuer, drafter, monitoringUnit, implementsDocuments, assignments, recipients, null, null);
  }

  public record NewRecipient(String unit, String name, RecipientPurpose purpose) {}
}
