package vn.kehoach.engine.task;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.ProcessText;

/** The rules several tasks share: a decision with its comment, a required report, deadlines that must be read. */
public final class TaskRules {

  /** A comment is kept in a variable with "… trả lại: " before it, so it stays a little below 4,000 characters. */
  public static final int MAX_COMMENT = ProcessText.MAX - 100;
  /** A typed text is a process variable: Camunda keeps 4,000 characters. */
  public static final int MAX_TEXT = ProcessText.MAX;

  private TaskRules() {}

  /** A decision among those of the step, with a comment unless it is an approval. */
  public static TaskContract.Rule decision(Set<Decision> allowed) {
    return (input, subject) -> decision(input, allowed);
  }

  public static Decision decision(TaskInput input, Set<Decision> allowed) {
    Decision decision = input.choice(PlanVariables.DECISION.name(), Decision.class, allowed, "Chưa chọn quyết định");
    String comment = input.optionalText(PlanVariables.COMMENT.name(), MAX_COMMENT);
    if (decision != null && decision != Decision.APPROVE && (comment == null || comment.isEmpty())) {
      input.problem("Phải ghi ý kiến khi trả lại hoặc không đồng ý (comment is required with " + decision + ")");
    }
    return decision;
  }

  /** A text the task exists for (a report, a note): required, within what a variable holds. */
  public static TaskContract.Rule requiredText(String field, String missing) {
    return (input, subject) -> input.requiredText(field, MAX_TEXT, missing);
  }

  /** A plan goes on (to review, to issue) only once every deadline is understood. */
  public static void refuseUnreadDeadlines(TaskInput input, List<Assignment> unread) {
    if (!unread.isEmpty()) {
      input.problem("Chưa xác định được thời hạn của nhiệm vụ "
          + unread.stream().map(a -> (a.position() + 1) + " ('" + a.deadline().phrase() + "')")
              .collect(Collectors.joining(", "))
          + "; đơn vị soạn thảo ghi rõ thời hạn trước khi trình (the deadline of these assignments is not understood)");
    }
  }
}
