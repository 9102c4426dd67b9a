package vn.kehoach.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.kehoach.deadline.Deadline;

/**
 * Who must do what by when; done once the unit has reported its result.
 *
 * @param deadline the deadline in force (moved by an approved extension)
 * @param originalDueDate the last day as first set, kept when an extension moves the deadline
 * @param remindedAt when the unit was reminded before its deadline
 * @param escalatedAt when the missed deadline went to the monitoring unit ("Đôn đốc")
 * @param escalatedToSignerAt when the work, still open after the grace period, went to the signer
 * @param kind OWN_PLAN: done when the unit's own plan carrying this one out ({@code childPlanId}) is issued
 * @param childPlanId the unit's plan in force for an OWN_PLAN assignment, null until there is one
 */
public record Assignment(long id, long planId, int position, String unit, AssignmentRole role, String task,
                         Deadline deadline, LocalDate originalDueDate, Instant doneAt, String report,
                         Instant remindedAt, Instant escalatedAt, Instant escalatedToSignerAt, int extensionCount,
                         AssignmentKind kind, Long childPlanId) {

  /** Why the last day cannot move to {@code newDueDate}, if it cannot: an extension comes after the day in force. */
  public Optional<String> extensionRefusal(LocalDate newDueDate) {
    if (deadline.dueDate() != null && !newDueDate.isAfter(deadline.dueDate())) {
      return Optional.of("Ngày gia hạn phải sau hạn hiện tại, " + deadline.dueText()
          + " (extensionDueDate must be after the deadline in force)");
    }
    return Optional.empty();
  }

  public boolean done() {
    return doneAt != null;
  }

  public AssignmentStatus status(Instant now) {
    return AssignmentStatus.of(deadline.kind(), deadline.lateFrom(), doneAt, now);
  }

  /** Done on time only thanks to an extension: late against the original deadline. */
  public boolean onTimeOnlyAfterExtension(Instant now) {
    return extensionCount > 0 && status(now) == AssignmentStatus.DONE_ON_TIME && originalDueDate != null
        && !doneAt.isBefore(Deadline.due(deadline.phrase(), originalDueDate).lateFrom());
  }
}
