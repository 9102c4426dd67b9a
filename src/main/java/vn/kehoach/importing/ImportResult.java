package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.List;
import vn.kehoach.plan.PlanRequest;

/**
 * An imported plan, ready for a person to check and send to {@code POST /api/plans}.
 *
 * @param plan the request; unit ids are null where no unit matched (the request is then not valid as it is)
 * @param warnings what to check, in document order as far as it has one
 * @param document what the parser read: header, signature block, sections, assignments in the order of
 *     {@code plan.assignments()}
 * @param assignmentMatches how each assignment's body was matched, in the order of {@code plan.assignments()}
 * @param recipientMatches how each recipient was matched, in the order of {@code plan.recipients()}
 * @param referenceDate the date deadlines were read against
 */
public record ImportResult(PlanRequest plan, List<ImportWarning> warnings, ParsedPlanDocument document,
                           List<UnitMatch> assignmentMatches, List<UnitMatch> recipientMatches,
                           UnitMatch issuerMatch, UnitMatch monitoringMatch, LocalDate referenceDate) {

  public ImportResult {
    warnings = List.copyOf(warnings);
    assignmentMatches = List.copyOf(assignmentMatches);
    recipientMatches = List.copyOf(recipientMatches);
  }

  public boolean hasWarning(WarningCode code) {
    return warnings.stream().anyMatch(w -> w.code() == code);
  }
}
