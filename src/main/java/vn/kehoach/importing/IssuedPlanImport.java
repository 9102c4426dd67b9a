package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.IssuedPlanRequest;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;

/**
 * Turns the reading of a document another body issued, and the office's choices, into the plan to follow. Every
 * assignment keeps the unit it was matched to by name, alias or abbreviation; one matched only by similarity, or
 * not at all, needs the office's choice of a unit or its explicit leaving out: nothing is dropped silently. So does
 * a task whose deadline the document leaves unwritten or unreadable: a plan in execution follows every task against
 * a deadline.
 */
public final class IssuedPlanImport {

  /** What an assignment still lacks. */
  public enum Missing { UNIT, DEADLINE }

  /** An assignment still waiting for the office's choice. */
  public record Unresolved(int index, Missing missing, String body, String task, String candidate,
                           String candidateName, MatchMethod match, String deadlineProblem) {}

  /** Either the request to store, or what still needs a choice. */
  public record Outcome(IssuedPlanRequest request, List<Unresolved> unresolved) {}

  private IssuedPlanImport() {}

  public static Outcome of(ImportResult result, IssuedPlanChoices choices) {
    PlanRequest read = result.plan();
    List<AssignmentRequest> assignments = read.assignments();
    choices.checkIndexes(assignments.size());
    List<AssignmentRequest> kept = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    for (int i = 0; i < assignments.size(); i++) {
      if (choices.dropped().contains(i)) {
        continue;
      }
      AssignmentRequest assignment = assignments.get(i);
      UnitMatch match = result.assignmentMatches().get(i);
      ParsedAssignment parsed = result.document().assignments().get(i);
      String unit = choices.units().containsKey(i) ? choices.units().get(i)
          : match.certain() ? match.unitId() : null;
      if (unit == null) {
        Unit near = match.unit() != null ? match.unit() : match.candidate();
        unresolved.add(new Unresolved(i, Missing.UNIT, parsed.body(), AssignmentReader.excerpt(parsed.task()),
            near == null ? null : near.id(), near == null ? null : near.name(), match.method(), null));
        continue;
      }
      String deadline = choices.deadlines().getOrDefault(i, assignment.deadline());
      if (deadline == null) {
        unresolved.add(new Unresolved(i, Missing.DEADLINE, parsed.body(), AssignmentReader.excerpt(parsed.task()),
            null, null, match.method(), parsed.deadline().reason()));
        continue;
      }
      // the kind was read for the matched unit (it issues documents or not): another unit chosen takes the task
      kept.add(unit.equals(match.unitId()) ? assignment.with(unit, deadline, null)
          : new AssignmentRequest(unit, assignment.role(), assignment.task(), deadline, null));
    }
    if (!unresolved.isEmpty()) {
      return new Outcome(null, List.copyOf(unresolved));
    }
    DocumentHeader header = result.document().header();
    UnitMatch issuer = result.issuerMatch();
    boolean issuerInside = issuer != null && issuer.certain() && issuer.unit().issues();
    String number = choices.number() != null ? choices.number()
        : header.number() == null ? null : header.number().number();
    LocalDate issuedOn = choices.issuedOn() != null ? choices.issuedOn()
        : header.date() == null ? null : header.date().date();
    PlanRequest plan = new PlanRequest(read.title(), read.type(), issuerInside ? issuer.unitId() : null, null,
        read.monitoringUnit(), read.implementsDocuments(), kept, read.recipients());
    return new Outcome(new IssuedPlanRequest(plan, number, issuedOn, issuerInside ? null : header.issuingBody(),
        choices.receivingOffice()), List.of());
  }
}
