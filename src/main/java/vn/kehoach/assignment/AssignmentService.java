package vn.kehoach.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.history.PlanHistory;
import vn.kehoach.system.ConflictException;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;
import vn.kehoach.system.UserText;

/**
 * What happens to one assignment once its plan is issued (processes/assignment.bpmn): the unit is reminded before its
 * deadline, escalated after it, asks for more time, is urged, reports each period and finally its result. Each step is
 * kept in the plan's history, with who took it. What people typed (reasons, comments, reports) is kept as {@link
 * UserText} keeps it: the task's rules refused control characters before the engine went on.
 */
@Service
public class AssignmentService {

  private final AssignmentRepository assignments;
  private final PlanHistory history;
  private final Clock clock;

  public AssignmentService(AssignmentRepository assignments, PlanHistory history, Clock clock) {
    this.assignments = assignments;
    this.history = history;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Assignment assignment(long assignmentId) {
    return assignments.find(assignmentId)
        .orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " does not exist"));
  }

  /** The unit was reminded of its coming deadline. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Assignment remind(long assignmentId) {
    Assignment assignment = assignment(assignmentId);
    assignments.markReminded(assignmentId, clock.instant());
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "REMINDER", null,
        "Nhắc việc: hạn " + assignment.deadline().dueText(), PlanEvent.SYSTEM, assignmentId));
    return assignment(assignmentId);
  }

  /** The deadline was missed: level 1 goes to the monitoring unit, level 2 (after the grace period) to the signer. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Assignment escalate(long assignmentId, int level) {
    Assignment assignment = assignment(assignmentId);
    assignments.markEscalated(assignmentId, level, clock.instant());
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "ESCALATION_" + level, null,
        (level == 1 ? "Quá hạn, chuyển đơn vị theo dõi đôn đốc" : "Quá hạn sau thời gian gia hạn đôn đốc, báo cáo người ký")
            + " (hạn " + assignment.deadline().dueText() + ")", PlanEvent.SYSTEM, assignmentId));
    return assignment(assignmentId);
  }

  /** The unit asks for more time; the new last day must be later than the one in force. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ExtensionRequest requestExtension(long assignmentId, String typedReason, LocalDate newDueDate, String by) {
    Assignment assignment = assignment(assignmentId);
    String reason = UserText.normalise(typedReason);
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("extensionReason", "chưa ghi lý do xin gia hạn (is required)"));
    }
    if (newDueDate == null) {
      problems.add(new FieldProblem("extensionDueDate", "chưa ghi ngày đề nghị gia hạn (is required)"));
    } else {
      assignment.extensionRefusal(newDueDate).ifPresent(why -> problems.add(new FieldProblem("extensionDueDate", why)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (assignments.pendingExtension(assignmentId).isPresent()) {
      throw new ConflictException("Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định (an extension request of "
          + "this assignment is already waiting for a decision)");
    }
    assignments.addExtensionRequest(assignmentId, reason.strip(), newDueDate, by, clock.instant());
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "EXTENSION_REQUESTED", null,
        "Xin gia hạn đến " + Deadline.due(null, newDueDate).dueText() + ": " + reason.strip(), by, assignmentId));
    return assignments.pendingExtension(assignmentId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public ExtensionRequest pendingExtension(long assignmentId) {
    return assignments.pendingExtension(assignmentId)
        .orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " has no pending extension request"));
  }

  /** The issuing body answers; an approval moves the deadline in force, the original is kept. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Assignment decideExtension(long assignmentId, boolean approved, String typedComment, String by) {
    Assignment assignment = assignment(assignmentId);
    String comment = UserText.normalise(typedComment);
    ExtensionRequest request = pendingExtension(assignmentId);
    assignments.decideExtension(request.id(), approved ? "APPROVE" : "REJECT", by, comment, clock.instant());
    if (approved) {
      assignments.extendDeadline(assignmentId, request.newDueDate());
    }
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "EXTENSION_DECIDED",
        approved ? "APPROVE" : "REJECT", comment, by, assignmentId));
    return assignment(assignmentId);
  }

  /** The monitoring unit urged the unit, or the signer gave directions, about overdue work. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordUrge(long planId, long assignmentId, String step, String note, String by) {
    history.add(planId, new PlanEvent(clock.instant(), step, null, UserText.normalise(note), by, assignmentId));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void recordPeriodicReport(long assignmentId, Instant periodDue, String report, String by) {
    Assignment assignment = assignment(assignmentId);
    // the report's last day on time is the local day before it is late; its period covered follows from it
    java.time.LocalDate lastDay = java.time.LocalDate.ofInstant(periodDue, vn.kehoach.deadline.Deadline.VIETNAM)
        .minusDays(1);
    vn.kehoach.deadline.parser.DateRange covered = assignment.deadline().periodCovered(lastDay);
    assignments.addPeriodicReport(assignmentId, periodDue, covered, UserText.normalise(report), clock.instant());
    history.add(assignment.planId(), new PlanEvent(clock.instant(), "PERIODIC_REPORT", null,
        covered == null ? "Báo cáo định kỳ" : "Báo cáo định kỳ, kỳ báo cáo " + covered.vietnamese(), by,
        assignmentId));
  }

  @Transactional(readOnly = true)
  public List<ExtensionRequest> extensions(long assignmentId) {
    return assignments.extensions(assignmentId);
  }

  @Transactional(readOnly = true)
  public List<PeriodicReport> periodicReports(long assignmentId) {
    return assignments.periodicReports(assignmentId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void complete(long assignmentId, String report, String by) {
    assignments.markDone(assignmentId, UserText.normalise(report), clock.instant());
    history.add(assignment(assignmentId).planId(), new PlanEvent(clock.instant(), "ASSIGNMENT_DONE", null,
        "Báo cáo kết quả thực hiện", by, assignmentId));
  }
}
