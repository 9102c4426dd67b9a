package vn.kehoach.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;

/**
 * A plan's evidence as the consolidated report lists it: per assignment (in the plan's order) the files with their
 * hashes, then the monitoring unit's own files for the consolidated report. For the application itself (the report
 * document, the consolidation task): no viewer is checked here.
 */
@Component
public class EvidenceCatalogue {

  /** One file as listed: its name, SHA-256 (64 hex digits), size in bytes and type. */
  public record Entry(long id, String fileName, String sha256, long size, String contentType) {

    public String shortHash() {
      return sha256.substring(0, 12);
    }
  }

  /**
   * The files of one assignment ({@code assignmentId}, its {@code position} from 1 as the plan numbers it, its unit),
   * or of the consolidated report ({@code assignmentId} and {@code position} null, the monitoring unit).
   */
  public record Group(Long assignmentId, Integer position, String unit, String unitName, List<Entry> files) {}

  private final EvidenceRepository evidence;
  private final PlanService plans;
  private final Organisation organisation;

  public EvidenceCatalogue(EvidenceRepository evidence, PlanService plans, Organisation organisation) {
    this.evidence = evidence;
    this.plans = plans;
    this.organisation = organisation;
  }

  /** The groups that have files: assignments in the plan's order, then the consolidated report's. */
  @Transactional(readOnly = true)
  public List<Group> ofPlan(long planId) {
    Plan plan = plans.get(planId);
    Map<Long, List<Entry>> byAssignment = new LinkedHashMap<>();
    List<Entry> own = new ArrayList<>();
    for (Evidence e : evidence.ofPlan(planId)) {
      Entry entry = new Entry(e.id(), e.fileName(), e.sha256(), e.size(), e.contentType());
      if (e.assignmentId() == null) {
        own.add(entry);
      } else {
        byAssignment.computeIfAbsent(e.assignmentId(), id -> new ArrayList<>()).add(entry);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Assignment a : plan.assignments()) {
      List<Entry> files = byAssignment.get(a.id());
      if (files != null) {
        groups.add(new Group(a.id(), a.position() + 1, a.unit(), name(a.unit()), List.copyOf(files)));
      }
    }
    if (!own.isEmpty()) {
      groups.add(new Group(null, null, plan.monitoringUnit(), name(plan.monitoringUnit()), List.copyOf(own)));
    }
    return groups;
  }

  /**
   * The block the monitoring unit reads below the units' reports, empty when there is no evidence:
   * <pre>
   * Tài liệu minh chứng:
   * 1. Ban Tuyên giáo và Dân vận Tỉnh ủy: bien-ban-dien-tap.pdf (SHA-256 3f9a2c1e0b7d…); anh.png (SHA-256 …)
   * Báo cáo tổng hợp — Đảng ủy Công an tỉnh: danh-sach-co-so.xlsx (SHA-256 …)
   * </pre>
   */
  @Transactional(readOnly = true)
  public String text(long planId) {
    List<Group> groups = ofPlan(planId);
    if (groups.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("Tài liệu minh chứng:\n");
    for (Group group : groups) {
      text.append(group.position() == null ? "Báo cáo tổng hợp — " : group.position() + ". ")
          .append(group.unitName()).append(": ")
          .append(group.files().stream().map(f -> f.fileName() + " (SHA-256 " + f.shortHash() + "…)")
              .collect(Collectors.joining("; ")))
          .append("\n");
    }
    return text.toString();
  }

  private String name(String unit) {
    return organisation.unit(unit).map(Unit::name).orElse(unit);
  }
}
