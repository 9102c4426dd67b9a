package vn.kehoach.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

/**
 * A plan (Kế hoạch) and everything it assigns.
 *
 * @param type document type code as in its number: KH (kế hoạch), CV (công văn), ...
 * @param number null until the plan is issued
 * @param version incremented on every change, for optimistic locking
 * @param issuedElsewhere taken in to follow its execution after another body issued it: its number and date are the
 *     document's own, outside any register of ours, and it never went through drafting and signature here
 * @param externalIssuer the issuer as the document writes it, when that body is not in the organisation; the plan's
 *     {@code issuer} is then the body that received it (whose office took it in), to whom escalations go
 * @param interimReviewOn the day of the interim review (sơ kết), or null
 * @param finalReviewOn the day of the final review (tổng kết), or null
 */
public record Plan(long id, String title, String type, String issuer, String drafter, String monitoringUnit,
                   PlanState state, DocumentNumber number, String processInstanceId, String consolidatedReport,
                   Instant createdAt, Instant closedAt, int version,
                   List<ImplementedDocument> implementsDocuments, List<Assignment> assignments,
                   List<Recipient> recipients, List<PlanEvent> history, boolean issuedElsewhere,
                   String externalIssuer, LocalDate interimReviewOn, LocalDate finalReviewOn) {

  /** The issuer as people read it: the external body's name as written, else the unit's name. */
  public String issuerName(Organisation organisation) {
    return externalIssuer != null ? externalIssuer
        : organisation.unit(issuer).map(Unit::name).orElse(issuer);
  }

  public String businessKey() {
    return String.valueOf(id);
  }

  /** The HTTP entity tag of this version: {@code "3"}; an edit sends it back in If-Match. */
  public String etag() {
    return "\"" + version + "\"";
  }
}
