package vn.kehoach.reporting;

import java.util.EnumMap;
import java.util.Map;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.reporting.AssignmentCounting.Counted;

/**
 * One unit's assignments counted by status, as the Government Office counts them; extensions counted apart.
 *
 * @param onTimeOnlyAfterExtension of the done-on-time ones, those late against their original deadline
 * @param extended assignments whose deadline was extended at least once
 * @param extensions approved extensions, all together
 */
public record UnitStatusCounts(String unit, String name, Map<AssignmentStatus, Integer> counts, int total,
                               int onTimeOnlyAfterExtension, int extended, int extensions) {

  static UnitStatusCounts empty(String unit, String name) {
    Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      counts.put(status, 0);
    }
    return new UnitStatusCounts(unit, name, counts, 0, 0, 0, 0);
  }

  UnitStatusCounts add(Counted counted) {
    Map<AssignmentStatus, Integer> added = new EnumMap<>(counts);
    added.merge(counted.status(), 1, Integer::sum);
    int extensionCount = counted.assignment().extensionCount();
    return new UnitStatusCounts(unit, name, added, total + 1,
        onTimeOnlyAfterExtension + (counted.onTimeOnlyAfterExtension() ? 1 : 0),
        extended + (extensionCount > 0 ? 1 : 0), extensions + extensionCount);
  }
}
