package vn.kehoach.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.kehoach.assignment.AssignmentStatus;

/**
 * Assignments counted by status ({@code byStatus}), as the Government Office counts them, and the three numbers an
 * office follows: done (the unit reported its result: dated work on time or late, ongoing work its final report),
 * open (the others) and overdue (dated work past its deadline, not done).
 *
 * @param onTimeOnlyAfterExtension of the done-on-time ones, those late against their original deadline
 */
public record AssignmentCounts(Map<AssignmentStatus, Integer> byStatus, int total, int done, int open, int overdue,
                               int onTimeOnlyAfterExtension) {

  public AssignmentCounts {
    byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus)); // in the statuses' order
  }

  public static AssignmentCounts empty() {
    Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      counts.put(status, 0);
    }
    return new AssignmentCounts(counts, 0, 0, 0, 0, 0);
  }

  /** One more assignment, in this status; {@code reported} when its unit reported the result. */
  public AssignmentCounts add(AssignmentStatus status, boolean reported, boolean afterExtension) {
    Map<AssignmentStatus, Integer> added = new EnumMap<>(byStatus);
    added.merge(status, 1, Integer::sum);
    return new AssignmentCounts(added, total + 1, done + (reported ? 1 : 0), open + (reported ? 0 : 1),
        overdue + (status == AssignmentStatus.IN_PROGRESS_OVERDUE ? 1 : 0),
        onTimeOnlyAfterExtension + (afterExtension ? 1 : 0));
  }

  public AssignmentCounts plus(AssignmentCounts other) {
    Map<AssignmentStatus, Integer> sum = new EnumMap<>(byStatus);
    other.byStatus.forEach((status, n) -> sum.merge(status, n, Integer::sum));
    return new AssignmentCounts(sum, total + other.total, done + other.done, open + other.open,
        overdue + other.overdue, onTimeOnlyAfterExtension + other.onTimeOnlyAfterExtension);
  }
}
