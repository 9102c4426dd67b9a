package vn.kehoach.cascade;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.organisation.Viewer;

/**
 * The plans carrying a plan out, as its consolidated report lists them: each one's number, state and the statuses of
 * its assignments with those of the plans below it.
 */
@Component
public class CascadeSummary {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanTree tree;

  public CascadeSummary(PlanTree tree) {
    this.tree = tree;
  }

  /** One line per plan carrying this one out, or "" when there is none. */
  public String childPlans(long planId) {
    return tree.of(planId, Viewer.SYSTEM).plan().children().stream().map(CascadeSummary::line)
        .collect(Collectors.joining("\n"));
  }

  /**
   * A plan carrying this one out, as the report document's status table shows it.
   *
   * @param label "Đảng ủy phường: Kế hoạch số 12-KH/ĐU ngày 05/04/2026 (Đang thực hiện)"
   * @param rolledUp the statuses of its assignments and of those of the plans below it
   */
  public record ChildPlan(String label, Map<AssignmentStatus, Integer> rolledUp) {}

  /** The plans carrying this one out, each with its rolled-up counts; empty when there is none. */
  public java.util.List<ChildPlan> childPlanCounts(long planId) {
    return tree.of(planId, Viewer.SYSTEM).plan().children().stream()
        .map(child -> new ChildPlan(header(child), child.rolledUp())).toList();
  }

  private static String header(PlanTreeView.Node child) {
    PlanTreeView.Header header = child.header();
    String document = header.number() == null ? "Dự thảo \"" + header.title() + "\""
        : "Kế hoạch số " + header.number() + " ngày " + VIETNAMESE_DATE.format(header.issuedOn());
    return header.issuer().name() + ": " + document + " (" + header.stateLabel() + ")";
  }

  private static String line(PlanTreeView.Node child) {
    PlanTreeView.Header header = child.header();
    String document = header.number() == null ? "Dự thảo \"" + header.title() + "\""
        : "Kế hoạch số " + header.number() + " ngày " + VIETNAMESE_DATE.format(header.issuedOn());
    return "- " + header.issuer().name() + ": " + document + " (" + header.stateLabel() + ")" + counts(child.rolledUp());
  }

  private static String counts(Map<AssignmentStatus, Integer> counts) {
    String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    return text.isEmpty() ? "" : ": " + text;
  }
}
