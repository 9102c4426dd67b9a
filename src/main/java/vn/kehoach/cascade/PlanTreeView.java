package vn.kehoach.cascade;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.plan.PlanState;

/**
 * {@code GET /api/plans/{id}/tree}: the plans this one carries out, up to the top directive (headers only), and the
 * plans carrying it out, down to the last ward plan the viewer may see.
 */
public record PlanTreeView(List<Header> ancestors, Node plan) {

  /** @param issuer id null for a body outside the organisation (a plan issued elsewhere) */
  public record Issuer(String id, String name) {}

  public record Header(long id, String number, LocalDate issuedOn, String title, Issuer issuer, PlanState state,
                       String stateLabel) {}

  /**
   * @param counts this plan's assignments by status (the five statuses; empty before issue)
   * @param rolledUp the same over this plan and every plan below it shown here
   * @param cascade its assignments "xây dựng kế hoạch": how many child plans are issued on time, late, or not yet
   * @param hiddenChildren plans carrying this one out that the viewer may not see (another unit's branch)
   */
  public record Node(Header header, int level, Map<AssignmentStatus, Integer> counts,
                     Map<AssignmentStatus, Integer> rolledUp, Cascade cascade, List<Node> children,
                     int hiddenChildren) {}

  /**
   * @param issuedShare (issuedOnTime + issuedLate) / assignments, 0 when there are none
   */
  public record Cascade(int assignments, int issuedOnTime, int issuedLate, int notYetIssued, int overdue,
                        double issuedShare, double onTimeShare) {}
}
