package vn.kehoach.plan;

import java.time.Instant;
import java.util.List;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.numbering.DocumentNumber;

/**
 * A plan (Kế hoạch) and everything it assigns.
 *
 * @param type document type code as in its number: KH (kế hoạch), CV (công văn), ...
 * @param number null until the plan is issued
 * @param version incremented on every change, for optimistic locking
 */
public record Plan(long id, String title, String type, String issuer, String drafter, String monitoringUnit,
                   PlanState state, DocumentNumber number, String processInstanceId, String consolidatedReport,
                   Instant createdAt, Instant closedAt, int version,
                   List<ImplementedDocument> implementsDocuments, List<Assignment> assignments,
                   List<Recipient> recipients, List<PlanEvent> history) {

  public String businessKey() {
    return String.valueOf(id);
  }

  /** The HTTP entity tag of this version: {@code "3"}; an edit sends it back in If-Match. */
  public String etag() {
    return "\"" + version + "\"";
  }
}
