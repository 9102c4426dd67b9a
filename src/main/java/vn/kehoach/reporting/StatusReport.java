package vn.kehoach.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.assignment.IssuedAssignment;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.reporting.AssignmentCounting.Counted;

/** Counts the assignments of issued plans per unit and status. */
@Service
public class StatusReport {

  /** The report: when it was computed, per unit, and the totals. */
  public record Result(Instant at, List<UnitStatusCounts> units, UnitStatusCounts total) {}

  private final AssignmentRepository assignments;
  private final Organisation organisation;
  private final AssignmentCounting counting;
  private final Clock clock;

  public StatusReport(AssignmentRepository assignments, Organisation organisation, AssignmentCounting counting,
                      Clock clock) {
    this.assignments = assignments;
    this.organisation = organisation;
    this.counting = counting;
    this.clock = clock;
  }

  /** Assignments of plans issued by {@code issuer} to {@code unit} within [from, to]; every filter optional. */
  @Transactional(readOnly = true)
  public Result count(String issuer, String unit, LocalDate from, LocalDate to, Viewer viewer) {
    Instant now = clock.instant();
    Map<String, UnitStatusCounts> perUnit = new LinkedHashMap<>();
    UnitStatusCounts total = UnitStatusCounts.empty("*", "Tổng cộng");
    for (IssuedAssignment issued : assignments.issuedAssignments(issuer, unit, from, to)) {
      // a unit counts its own assignments; the issuer's people count all of theirs
      Counted counted = counting.count(viewer, issued.issuer(), issued.assignment(), now).orElse(null);
      if (counted == null) {
        continue;
      }
      Assignment a = counted.assignment();
      perUnit.computeIfAbsent(a.unit(), id -> UnitStatusCounts.empty(id,
          organisation.unit(id).map(Unit::name).orElse(id)));
      perUnit.computeIfPresent(a.unit(),
          (id, counts) -> counts.add(counted.status(), counted.onTimeOnlyAfterExtension()));
      total = total.add(counted.status(), counted.onTimeOnlyAfterExtension());
    }
    return new Result(now, List.copyOf(perUnit.values()), total);
  }
}
