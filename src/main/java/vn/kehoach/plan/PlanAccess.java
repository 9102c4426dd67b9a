package vn.kehoach.plan;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.kehoach.organisation.IssuerProfile;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;

/**
 * Who may see and change a plan: the bodies that take part in it (issuer, its office and signer, drafter,
 * monitoring unit, assigned units, recipient units) and admins. Others do not learn that the plan exists.
 */
@Component
public class PlanAccess {

  private final Organisation organisation;

  public PlanAccess(Organisation organisation) {
    this.organisation = organisation;
  }

  /** The groups that take part in a plan; the same set is granted read access to its process instances. */
  public Set<String> participants(Plan plan) {
    Set<String> groups = new HashSet<>();
    groups.add(plan.issuer());
    groups.add(plan.drafter());
    groups.add(plan.monitoringUnit());
    IssuerProfile issuer = organisation.unit(plan.issuer()).map(Unit::issuer).orElse(null);
    if (issuer != null) {
      groups.add(issuer.office());
      groups.add(issuer.signerRole());
    }
    plan.assignments().forEach(a -> groups.add(a.unit()));
    plan.recipients().stream().filter(r -> r.unit() != null).forEach(r -> groups.add(r.unit()));
    return groups;
  }

  public boolean canRead(Viewer viewer, Plan plan) {
    return viewer.admin() || participants(plan).stream().anyMatch(viewer::isIn);
  }

  /** The advising body drafts: a member of the drafter unit, of the issuer's office, or an admin creates a plan. */
  public boolean canDraft(Viewer viewer, String drafter, String issuer) {
    if (viewer.admin() || viewer.isIn(drafter)) {
      return true;
    }
    return organisation.unit(issuer).map(Unit::issuer).map(p -> viewer.isIn(p.office())).orElse(false);
  }

  /**
   * The groups whose plans the viewer may list: the viewer's own groups, and the issuers whose office or signer
   * the viewer is.
   */
  public Set<String> followedGroups(Viewer viewer) {
    Set<String> groups = new HashSet<>(viewer.groups());
    for (Unit unit : organisation.units()) {
      if (unit.issues() && (viewer.isIn(unit.issuer().office()) || viewer.isIn(unit.issuer().signerRole()))) {
        groups.add(unit.id());
      }
    }
    return groups;
  }

  /** Whether the viewer counts among those who follow an issuer's plans (its own members, office, signer). */
  public boolean followsIssuer(Viewer viewer, String issuer) {
    if (viewer.admin() || viewer.isIn(issuer)) {
      return true;
    }
    IssuerProfile profile = organisation.unit(issuer).map(Unit::issuer).orElse(null);
    return profile != null && (viewer.isIn(profile.office()) || viewer.isIn(profile.signerRole()));
  }
}
