package vn.kehoach.cascade;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.history.PlanHistory;
import vn.kehoach.importing.DocumentKinds;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.ImplementedDocument;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.plan.PlanStored;

/**
 * Plans that carry out plans. An assignment "xây dựng kế hoạch" (OWN_PLAN) opens a draft of the unit's own plan,
 * implementing the parent; it is done when that plan is issued, on time or late against the parent's deadline. A plan
 * the unit drafts, or an office takes in, citing the parent takes the place of a child rejected at signature, or of
 * none yet. Who the child belongs to and whether it is issued come from the plans' tables, never from a task's input.
 */
@Service
public class PlanCascade {

  private static final Logger LOG = LoggerFactory.getLogger(PlanCascade.class);
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanService plans;
  private final AssignmentRepository assignments;
  private final PlanHistory history;
  private final Organisation organisation;
  private final OwnPlanWorkflow workflow;
  private final Clock clock;

  public PlanCascade(PlanService plans, AssignmentRepository assignments, PlanHistory history,
                     Organisation organisation, OwnPlanWorkflow workflow, Clock clock) {
    this.plans = plans;
    this.assignments = assignments;
    this.history = history;
    this.organisation = organisation;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** Where an OWN_PLAN assignment stands once its workflow reaches it: the unit's plan in force, and whether issued. */
  public record OwnPlan(long planId, boolean issued) {}

  /**
   * The assignment's workflow asks for the unit's plan: the one already bound (drafted or taken in before the parent
   * got here) or a new draft, prefilled with the parent as the document carried out and the assignment as its task.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OwnPlan openOwnPlan(long assignmentId) {
    Assignment assignment = assignments.find(assignmentId)
        .orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " does not exist"));
    if (assignment.kind() != AssignmentKind.OWN_PLAN) {
      throw new IllegalStateException("Assignment " + assignmentId + " is not of kind OWN_PLAN");
    }
    if (assignment.childPlanId() != null) {
      Plan bound = plans.get(assignment.childPlanId());
      if (bound.state() != PlanState.REJECTED) {
        return new OwnPlan(bound.id(), assignment.done());
      }
    }
    Plan parent = plans.get(assignment.planId());
    Plan child = plans.openForAssignment(draftFor(parent, assignment), "Mở dự thảo kế hoạch thực hiện "
        + citation(parent) + " (nhiệm vụ " + (assignment.position() + 1) + ": " + AssignmentKind.OWN_PLAN.label() + ")");
    assignments.bindChildPlan(assignmentId, child.id());
    history.add(parent.id(), new PlanEvent(clock.instant(), "OWN_PLAN_OPENED", null, organisation.unit(
        assignment.unit()).map(Unit::name).orElse(assignment.unit()) + " xây dựng kế hoạch thực hiện (kế hoạch "
        + child.id() + ")", PlanEvent.SYSTEM, assignmentId));
    return new OwnPlan(child.id(), false);
  }

  /** A new plan citing a plan of the system takes the place its issuer's OWN_PLAN assignment there keeps open. */
  @EventListener
  public void planStored(PlanStored stored) {
    bindToWaitingParent(plans.get(stored.planId()));
  }

  /**
   * A plan took its number: plans linked to it just now find their OWN_PLAN assignment, and the assignment this plan
   * answers is done, on time or late, and its workflow goes on.
   */
  @EventListener
  public void planIssued(PlanIssued issued) {
    Plan plan = plans.get(issued.planId());
    for (var child : plans.implementedBy(plan.id(), Viewer.SYSTEM)) {
      Plan childPlan = plans.get(child.id());
      bindToWaitingParent(childPlan).ifPresent(assignment -> {
        if (childPlan.number() != null) {
          complete(assignment, childPlan);
        }
      });
    }
    Optional<Assignment> answered = assignments.ofChildPlan(plan.id());
    if (answered.isEmpty()) {
      answered = bindToWaitingParent(plan);
    }
    answered.filter(a -> !a.done()).ifPresent(a -> complete(a, plan));
  }

  private Optional<Assignment> bindToWaitingParent(Plan plan) {
    if (plan.state() == PlanState.REJECTED || assignments.ofChildPlan(plan.id()).isPresent()) {
      return assignments.ofChildPlan(plan.id());
    }
    for (ImplementedDocument document : plan.implementsDocuments()) {
      if (document.planId() == null || document.planId() == plan.id()) {
        continue;
      }
      Optional<Assignment> waiting = assignments.waitingForOwnPlan(document.planId(), plan.issuer());
      if (waiting.isPresent()) {
        assignments.bindChildPlan(waiting.get().id(), plan.id());
        history.add(document.planId(), new PlanEvent(clock.instant(), "OWN_PLAN_LINKED", null, "Kế hoạch thực hiện "
            + "của " + plan.issuerName(organisation) + " (kế hoạch " + plan.id() + ")", PlanEvent.SYSTEM,
            waiting.get().id()));
        return assignments.find(waiting.get().id());
      }
    }
    return Optional.empty();
  }

  /**
   * Done when the child was issued: now for a plan signed here; a plan taken in after being issued elsewhere was
   * issued on its date, which is what counts against the parent's deadline.
   */
  private void complete(Assignment assignment, Plan child) {
    String report = "Đã ban hành " + citation(child);
    Instant issued = child.issuedElsewhere()
        ? child.number().issuedOn().atStartOfDay(Deadline.VIETNAM).toInstant() : clock.instant();
    assignments.markDone(assignment.id(), report, issued);
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "ASSIGNMENT_DONE", null, report,
        PlanEvent.SYSTEM, assignment.id()));
    LOG.info("Plan {} answers assignment {} of plan {}", child.id(), assignment.id(), assignment.planId());
    workflow.ownPlanIssued(assignment.id());
  }

  private PlanRequest draftFor(Plan parent, Assignment assignment) {
    String unit = assignment.unit();
    ImplementedDocument implemented = new ImplementedDocument(parent.number() == null ? null : parent.number().text(),
        parent.number() == null ? null : parent.number().issuedOn(), parent.issuerName(organisation), parent.title());
    String dueDate = assignment.deadline().dueDate() == null ? null : assignment.deadline().dueDate().toString();
    PlanRequest.AssignmentRequest task = new PlanRequest.AssignmentRequest(unit, assignment.role(),
        assignment.task(), assignment.deadline().phrase(), dueDate);
    return new PlanRequest("Thực hiện " + citation(parent), "KH", unit, unit, unit, List.of(implemented),
        List.of(task), List.of());
  }

  /** "Kế hoạch số 12-KH/TU ngày 01/04/2024 của Ban Thường vụ Tỉnh ủy", or the title while it has no number. */
  private String citation(Plan plan) {
    String kind = DocumentKinds.nameOf(plan.type()).orElse("Văn bản");
    if (plan.number() == null) {
      return kind + " " + plan.title();
    }
    return kind + " số " + plan.number().text() + " ngày " + VIETNAMESE_DATE.format(plan.number().issuedOn()) + " của "
        + plan.issuerName(organisation);
  }
}
