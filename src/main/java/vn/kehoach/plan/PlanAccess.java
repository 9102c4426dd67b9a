package vn.kehoach.plan;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * The groups that may follow one assignment of a plan in Cockpit: the unit it is assigned to, and those who follow
   * every assignment of the plan, namely the issuer's office, the drafter and the monitoring unit. The other
   * participants see the plan's own instance and, in the plugin "Kế hoạch", every assignment's status; the signer
   * gets an escalated assignment as a task of its own.
   */
  public Set<String> assignmentReaders(Plan plan, String assignedUnit) {
    Set<String> groups = new HashSet<>();
    groups.add(assignedUnit);
    groups.add(plan.drafter());
    groups.add(plan.monitoringUnit());
    organisation.unit(plan.issuer()).map(Unit::issuer).ifPresent(issuer -> groups.add(issuer.office()));
    return groups;
  }

  public boolean canRead(Viewer viewer, Plan plan) {
    return viewer.admin() || participants(plan).stream().anyMatch(viewer::isIn);
  }

  /**
   * Who may name a drafter (the pentest named its own unit drafter for any issuer, and the plan landed in another
   * body's review queue): the drafter must be a unit that drafts for the issuer ({@link Organisation#draftsFor}),
   * and the creator a member of that unit, of the issuer's office, or an admin. Refused with 403, naming both units.
   */
  public void checkDrafting(Viewer viewer, String drafter, String issuer) {
    checkDrafter(drafter, issuer);
    String office = organisation.requireUnit(issuer).issuer().office();
    if (!viewer.admin() && !viewer.isIn(drafter) && !viewer.isIn(office)) {
      throw new PlanForbiddenException("Chỉ thành viên của đơn vị soạn thảo " + named(drafter) + " hoặc của "
          + named(office) + " (văn phòng của " + named(issuer) + ") được tạo kế hoạch này; hãy ghi đơn vị của mình "
          + "là đơn vị soạn thảo, nếu đơn vị mình soạn thảo cho " + named(issuer) + " (only members of the drafting "
          + "unit " + drafter + " or of the issuer's office " + office + " create this plan; name your own unit as "
          + "drafter if it drafts for " + issuer + ")");
    }
  }

  /** The drafter drafts for the issuer; checked again on every edit, in case the organisation file changed. */
  public void checkDrafter(String drafter, String issuer) {
    if (!organisation.draftsFor(drafter, issuer)) {
      String allowed = organisation.draftersFor(issuer).stream().map(Unit::id).collect(Collectors.joining(", "));
      throw new PlanForbiddenException("Đơn vị " + named(drafter) + " không soạn thảo kế hoạch cho "
          + named(issuer) + ": đơn vị soạn thảo phải là đơn vị của cơ quan ban hành hoặc đơn vị được khai báo trong "
          + "danh sách drafters của cơ quan đó; chọn một trong các đơn vị " + allowed + ", hoặc đề nghị quản trị viên "
          + "thêm đơn vị vào drafters của " + issuer + " trong tệp tổ chức (unit " + drafter + " does not draft for "
          + issuer + ": name one of the units listed as drafter, or ask an administrator to add it to the issuer's "
          + "drafters in the organisation file)");
    }
  }

  /** "Đảng ủy Công an tỉnh (dang-uy-cong-an-tinh)": the name people know, and the id the API takes. */
  private String named(String unit) {
    return organisation.unit(unit).map(u -> "'" + u.name() + "' (" + u.id() + ")").orElse("'" + unit + "'");
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
