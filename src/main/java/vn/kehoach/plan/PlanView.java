package vn.kehoach.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.parser.DateRange;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

/**
 * A plan as {@code GET /api/plans/{id}} shows it: units with their names, times in Vietnam's offset.
 *
 * @param issuer for a plan issued outside the organisation, the body as the document writes it, with no id
 * @param issuedElsewhere taken in to follow after another body issued it (its number and date are the document's)
 * @param receivedBy for a plan issued outside the organisation, the body that received it, to whom escalations go;
 *     else null
 * @param interimReviewOn the day of the interim review (sơ kết), or null
 * @param finalReviewOn the day of the final review (tổng kết), or null
 * @param returnComment the comment of the latest return (review, signature or report), for the unit that revises
 */
public record PlanView(long id, String title, String type, String number, LocalDate issuedOn, PlanState state,
                       String stateLabel, UnitRef issuer, UnitRef drafter, UnitRef monitoringUnit,
                       String processInstanceId, OffsetDateTime createdAt, OffsetDateTime closedAt, int version,
                       List<ImplementedDocument> implementsDocuments, List<AssignmentView> assignments,
                       List<RecipientView> recipients, List<EventView> history, String returnComment,
                       String consolidatedReport, List<PlanLink> implementedBy, boolean issuedElsewhere,
                       UnitRef receivedBy, LocalDate interimReviewOn, LocalDate finalReviewOn) {

  /** A unit's id and Vietnamese name. */
  public record UnitRef(String id, String name) {}

  /**
   * @param dueDate the last day on time; null for ongoing work
   * @param lateFrom the instant from which the work is late (the Camunda task's due date)
   * @param kind OWN_PLAN when the unit is to issue its own plan ({@code childPlanId}, once there is one)
   */
  public record AssignmentView(long id, UnitRef unit, AssignmentRole role, String roleLabel, String task,
                               String deadline, String deadlineKind, String deadlineNote, LocalDate dueDate,
                               OffsetDateTime lateFrom, LocalDate originalDueDate, int extensions,
                               AssignmentStatus status, String statusLabel, boolean onTimeOnlyAfterExtension,
                               OffsetDateTime remindedAt, OffsetDateTime escalatedAt,
                               OffsetDateTime escalatedToSignerAt, boolean done, OffsetDateTime doneAt,
                               String report, LocalDate start, List<DateRange> phases,
                               List<LocalDate> milestones, DateRange period, String dueText,
                               AssignmentKind kind, String kindLabel, Long childPlanId) {}

  public record RecipientView(UnitRef unit, String name, RecipientPurpose purpose, String purposeLabel,
                              OffsetDateTime disseminatedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy) {}

  public record EventView(OffsetDateTime at, String step, String decision, String comment, String by) {}

  /** @param now for the assignments' status; before issue an assignment has none */
  public static PlanView of(Plan plan, Organisation organisation, Instant now, List<PlanLink> implementedBy) {
    return new PlanView(plan.id(), plan.title(), plan.type(),
        plan.number() == null ? null : plan.number().text(),
        plan.number() == null ? null : plan.number().issuedOn(),
        plan.state(), plan.state().label(), issuer(plan, organisation), ref(plan.drafter(), organisation),
        ref(plan.monitoringUnit(), organisation), plan.processInstanceId(), local(plan.createdAt()),
        local(plan.closedAt()), plan.version(), plan.implementsDocuments(),
        plan.assignments().stream().map(a -> assignment(plan, a, organisation, now)).toList(),
        plan.recipients().stream().map(r -> new RecipientView(r.unit() == null ? null : ref(r.unit(), organisation),
            r.name(), r.purpose(), r.purpose().label(), local(r.disseminatedAt()), local(r.acknowledgedAt()),
            r.acknowledgedBy())).toList(),
        plan.history().stream().map(e -> new EventView(local(e.at()), e.step(), e.decision(), e.comment(), e.by()))
            .toList(),
        plan.history().stream().filter(e -> "RETURN".equals(e.decision())).reduce((older, newer) -> newer)
            .map(PlanEvent::comment).orElse(null),
        plan.consolidatedReport(), implementedBy, plan.issuedElsewhere(),
        plan.externalIssuer() == null ? null : ref(plan.issuer(), organisation),
        plan.interimReviewOn(), plan.finalReviewOn());
  }

  private static AssignmentView assignment(Plan plan, Assignment a, Organisation organisation, Instant now) {
    AssignmentStatus status = plan.number() == null ? null : a.status(now);
    return new AssignmentView(a.id(), ref(a.unit(), organisation), a.role(), a.role().label(), a.task(),
        a.deadline().phrase(), a.deadline().kind().name(), a.deadline().note(), a.deadline().dueDate(),
        local(a.deadline().lateFrom()), a.originalDueDate(), a.extensionCount(), status,
        status == null ? null : status.label(), plan.number() != null && a.onTimeOnlyAfterExtension(now),
        local(a.remindedAt()), local(a.escalatedAt()), local(a.escalatedToSignerAt()), a.done(), local(a.doneAt()),
        a.report(), a.deadline().start(), a.deadline().phases().isEmpty() ? null : a.deadline().phases(),
        a.deadline().phases().isEmpty() ? null : a.deadline().milestones(), a.deadline().period(),
        a.deadline().dueText(), a.kind(), a.kind().label(), a.childPlanId());
  }

  /** The issuing unit, or for a body outside the organisation its name as written (no id). */
  static UnitRef issuer(Plan plan, Organisation organisation) {
    return plan.externalIssuer() != null ? new UnitRef(null, plan.externalIssuer()) : ref(plan.issuer(), organisation);
  }

  static UnitRef ref(String unitId, Organisation organisation) {
    return new UnitRef(unitId, organisation.unit(unitId).map(Unit::name).orElse(unitId));
  }

  private static OffsetDateTime local(Instant instant) {
    return instant == null ? null : instant.atZone(Deadline.VIETNAM).toOffsetDateTime();
  }
}
