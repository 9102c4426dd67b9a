package vn.kehoach.reporting;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.PlanAccess;

/**
 * Which assignments of issued plans a viewer counts, and in which status: the one rule that the status report per
 * unit ({@link StatusReport}) and the plans report ({@link PlanReport}, read by Cockpit's plugin "Kế hoạch") share,
 * so that their numbers cannot disagree. The issuer's people (its members, office, signer) and admins count all of
 * the issuer's assignments; any other unit counts its own.
 */
@Component
public class AssignmentCounting {

  /** An assignment as counted at one instant. */
  public record Counted(Assignment assignment, AssignmentStatus status, boolean onTimeOnlyAfterExtension) {}

  private final PlanAccess access;

  public AssignmentCounting(PlanAccess access) {
    this.access = access;
  }

  /** Whether the viewer counts all of the assignments of this issuer's plans, not only its own units'. */
  public boolean countsAll(Viewer viewer, String issuer) {
    return access.followsIssuer(viewer, issuer);
  }

  /** The assignment of an issued plan of {@code issuer} as the viewer counts it at {@code now}; empty if not. */
  public Optional<Counted> count(Viewer viewer, String issuer, Assignment assignment, Instant now) {
    if (!countsAll(viewer, issuer) && !viewer.isIn(assignment.unit())) {
      return Optional.empty();
    }
    return Optional.of(new Counted(assignment, assignment.status(now), assignment.onTimeOnlyAfterExtension(now)));
  }
}
