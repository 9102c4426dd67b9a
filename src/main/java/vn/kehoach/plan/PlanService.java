package vn.kehoach.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.numbering.DocumentNumbering;
import vn.kehoach.organisation.Organisation;

/**
 * What happens to a plan, step by step. The workflow calls these methods at each step; the plan's data and
 * state live here, in the application's tables, not only in process variables.
 */
@Service
public class PlanService {

  private final PlanRepository plans;
  private final PlanRequestValidator validator;
  private final PlanLifecycle lifecycle;
  private final DocumentNumbering numbering;
  private final Organisation organisation;
  private final Clock clock;

  public PlanService(PlanRepository plans, PlanRequestValidator validator, PlanLifecycle lifecycle,
                     DocumentNumbering numbering, Organisation organisation, Clock clock) {
    this.plans = plans;
    this.validator = validator;
    this.lifecycle = lifecycle;
    this.numbering = numbering;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Validates, stores and starts a plan in one transaction: either all of it exists afterwards or nothing. */
  @Transactional
  public Plan create(PlanRequest request) {
    NewPlan plan = validator.validate(request);
    long id = plans.insert(plan, clock.instant());
    String processInstanceId = lifecycle.start(get(id));
    plans.setProcessInstance(id, processInstanceId);
    return get(id);
  }

  @Transactional(readOnly = true)
  public Plan get(long id) {
    return plans.find(id).orElseThrow(() -> new PlanNotFoundException(id));
  }

  @Transactional(readOnly = true)
  public List<Plan> list(PlanState state, String unit, int limit) {
    return plans.list(state, unit, limit);
  }

  @Transactional(readOnly = true)
  public Assignment assignment(long assignmentId) {
    return plans.findAssignment(assignmentId)
        .orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " does not exist"));
  }

  /** The plan has reached a step of drafting, review or signature. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enter(long id, PlanState state) {
    Plan plan = get(id);
    if (plan.state() != state) {
      plans.updateState(id, plan.version(), state, null);
    }
  }

  /** Records a decision taken at a step (review, signature, report acceptance). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordDecision(long id, String step, String decision, String comment, String by) {
    plans.addEvent(id, new PlanEvent(clock.instant(), step, decision, comment, by));
  }

  /** Signed: the plan takes the next number of its issuer's register and today's date. */
  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber issue(long id) {
    Plan plan = get(id);
    if (plan.number() != null) {
      return plan.number();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
    DocumentNumber number = numbering.issue(organisation.requireUnit(plan.issuer()), plan.type(), today);
    plans.recordIssue(id, plan.version(), number);
    return number;
  }

  /** Sends the issued plan to every recipient; returns those units that must confirm receipt. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<String> disseminate(long id) {
    Plan plan = get(id);
    plans.markDisseminated(id, clock.instant());
    return plan.recipients().stream().filter(Recipient::acknowledges).map(Recipient::unit).distinct().toList();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void acknowledge(long id, String unit, String by) {
    plans.markAcknowledged(id, unit, by, clock.instant());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void completeAssignment(long assignmentId, String report) {
    plans.markAssignmentDone(assignmentId, report, clock.instant());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void reject(long id) {
    Plan plan = get(id);
    plans.updateState(id, plan.version(), PlanState.REJECTED, clock.instant());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void close(long id, String consolidatedReport) {
    Plan plan = get(id);
    plans.recordConsolidatedReport(id, plan.version(), consolidatedReport, clock.instant());
  }
}
