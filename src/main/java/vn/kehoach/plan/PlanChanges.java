package vn.kehoach.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.NewAssignment;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.plan.NewPlan.NewRecipient;

/**
 * What an edit changes in a draft, in the words of the plan's history: "Sửa: tiêu đề, nhiệm vụ 2 (thời hạn), thêm
 * nhiệm vụ 4, nơi nhận". Assignments are compared by position, as the drafter numbers them and as they are stored.
 */
final class PlanChanges {

  /** A remark stays readable (and within its column) however many assignments an edit touches. */
  private static final int MAX_LISTED = 30;

  private PlanChanges() {}

  /** The parts that differ, in the order of the form; empty when the edit changes nothing. */
  static List<String> between(Plan before, NewPlan after) {
    List<String> changes = new ArrayList<>();
    if (!before.title().equals(after.title())) {
      changes.add("tiêu đề");
    }
    if (!before.type().equals(after.type())) {
      changes.add("loại văn bản");
    }
    if (!withoutLinks(before.implementsDocuments()).equals(withoutLinks(after.implementsDocuments()))) {
      changes.add("văn bản được triển khai");
    }
    int count = Math.max(before.assignments().size(), after.assignments().size());
    for (int i = 0; i < count; i++) {
      if (i >= before.assignments().size()) {
        changes.add("thêm nhiệm vụ " + (i + 1));
      } else if (i >= after.assignments().size()) {
        changes.add("bỏ nhiệm vụ " + (i + 1));
      } else {
        List<String> parts = assignment(before.assignments().get(i), after.assignments().get(i));
        if (!parts.isEmpty()) {
          changes.add("nhiệm vụ " + (i + 1) + " (" + String.join(", ", parts) + ")");
        }
      }
    }
    if (!before.recipients().stream().map(r -> new NewRecipient(r.unit(), r.name(), r.purpose())).toList()
        .equals(after.recipients())) {
      changes.add("nơi nhận");
    }
    if (!before.monitoringUnit().equals(after.monitoringUnit())) {
      changes.add("đơn vị theo dõi");
    }
    if (!Objects.equals(before.interimReviewOn(), after.interimReviewOn())) {
      changes.add("ngày sơ kết");
    }
    if (!Objects.equals(before.finalReviewOn(), after.finalReviewOn())) {
      changes.add("ngày tổng kết");
    }
    return changes;
  }

  /** "Sửa: tiêu đề, nhiệm vụ 2 (thời hạn)", the first {@value #MAX_LISTED} changes and how many more. */
  static String remark(List<String> changes) {
    String listed = String.join(", ", changes.subList(0, Math.min(MAX_LISTED, changes.size())));
    int more = changes.size() - MAX_LISTED;
    return "Sửa: " + listed + (more > 0 ? " và " + more + " thay đổi khác" : "");
  }

  private static List<String> assignment(Assignment before, NewAssignment after) {
    List<String> parts = new ArrayList<>();
    if (!before.unit().equals(after.unit())) {
      parts.add("đơn vị");
    }
    if (before.role() != after.role()) {
      parts.add("vai trò");
    }
    if (before.kind() != after.kind()) {
      parts.add("loại nhiệm vụ");
    }
    if (!before.task().equals(after.task())) {
      parts.add("nội dung");
    }
    if (!sameDeadline(before.deadline(), after.deadline())) {
      parts.add("thời hạn");
    }
    return parts;
  }

  /** As written and as understood: the phrase, its kind and its last day. */
  private static boolean sameDeadline(Deadline a, Deadline b) {
    return a.phrase().equals(b.phrase()) && a.kind() == b.kind() && Objects.equals(a.dueDate(), b.dueDate());
  }

  /** The link to a plan in the system is found by the system, not written by the drafter. */
  private static List<ImplementedDocument> withoutLinks(List<ImplementedDocument> documents) {
    return documents.stream().map(d -> new ImplementedDocument(d.number(), d.date(), d.issuer(), d.title())).toList();
  }
}
