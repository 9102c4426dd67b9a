package vn.kehoach.reporting;

import java.util.EnumMap;
import java.util.Map;
import vn.kehoach.assignment.AssignmentStatus;

/**
 * One unit's assignments counted by status, as the Government Office counts them.
 *
 * @param onTimeOnlyAfterExtension of the done-on-time ones, those late against their original deadline
 */
public record UnitStatusCounts(String unit, String name, Map<AssignmentStatus, Integer> counts, int total,
                               int onTimeOnlyAfterExtension) {

  static UnitStatusCounts empty(String unit, String name) {
    Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      counts.put(status, 0);
    }
    return new UnitStatusCounts(unit, name, counts, 0, 0);
  }

  UnitStatusCounts add(AssignmentStatus status, boolean afterExtension) {
    Map<AssignmentStatus, Integer> added = new EnumMap<>(counts);
    added.merge(status, 1, Integer::sum);
    return new UnitStatusCounts(unit, name, added, total + 1, onTimeOnlyAfterExtension + (afterExtension ? 1 : 0));
  }
}
