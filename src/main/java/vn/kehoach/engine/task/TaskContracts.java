package vn.kehoach.engine.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.assignment.AssignmentProcess.Outcome;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Decision;
import vn.kehoach.plan.Assignment;
import vn.kehoach.plan.PlanService;

/**
 * The contract of every user task of both processes, in one place: which fields it accepts and what must hold of
 * them. The listeners that run on completion only record; they can rely on what is checked here.
 */
@Component
public class TaskContracts {

  /** A comment is kept in a variable with "… trả lại: " before it, so it stays a little below 4,000 characters. */
  public static final int MAX_COMMENT = ProcessText.MAX - 100;
  public static final int MAX_TEXT = ProcessText.MAX;

  private static final String L = PlanLifecycleProcess.Elements.class.getSimpleName();

  private final Map<String, TaskContract> contracts;
  private final PlanService plans;

  public TaskContracts(PlanService plans) {
    this.plans = plans;
    this.contracts = Stream.of(
        TaskContract.of(PlanLifecycleProcess.Elements.DRAFT, "form-draft", this::draft),
        TaskContract.of(PlanLifecycleProcess.Elements.REVIEW, "form-review",
            decision(EnumSet.of(Decision.APPROVE, Decision.RETURN))),
        TaskContract.of(PlanLifecycleProcess.Elements.SIGN, "form-sign", this::sign),
        TaskContract.of(PlanLifecycleProcess.Elements.ACKNOWLEDGE, "form-acknowledge",
            (input, subject) -> input.ticked("acknowledged", "Đánh dấu 'Đơn vị đã tiếp nhận văn bản' để hoàn thành")),
        TaskContract.of(PlanLifecycleProcess.Elements.CONSOLIDATE, "form-consolidate-report",
            (input, subject) -> input.requiredText(PlanLifecycleProcess.Vars.REPORT.name(), MAX_TEXT,
                "Chưa nhập báo cáo tổng hợp")),
        TaskContract.of(PlanLifecycleProcess.Elements.ACCEPT_REPORT, "form-accept-report",
            decision(EnumSet.of(Decision.APPROVE, Decision.RETURN))),
        TaskContract.of(AssignmentProcess.Elements.EXECUTE, "form-execute-assignment", this::execute),
        TaskContract.of(AssignmentProcess.Elements.DECIDE_EXTENSION, "form-decide-extension",
            decision(EnumSet.of(Decision.APPROVE, Decision.REJECT))),
        TaskContract.of(AssignmentProcess.Elements.URGE, "form-urge", TaskContracts::urge),
        TaskContract.of(AssignmentProcess.Elements.URGE_BY_SIGNER, "form-urge", TaskContracts::urge),
        TaskContract.of(AssignmentProcess.Elements.EXECUTE_ONGOING, "form-execute-ongoing",
            (input, subject) -> input.requiredText(PlanLifecycleProcess.Vars.REPORT.name(), MAX_TEXT,
                "Chưa nhập báo cáo kết quả thực hiện")),
        TaskContract.of(AssignmentProcess.Elements.PERIODIC_REPORT, "form-periodic-report",
            (input, subject) -> input.requiredText(AssignmentProcess.Vars.PERIODIC_REPORT.name(), MAX_TEXT,
                "Chưa nhập báo cáo định kỳ")))
        .collect(Collectors.toUnmodifiableMap(TaskContract::taskKey, Function.identity()));
  }

  public Optional<TaskContract> of(String taskKey) {
    return Optional.ofNullable(contracts.get(taskKey));
  }

  public Map<String, TaskContract> all() {
    return contracts;
  }

  /** The drafter submits for review only a finished draft whose deadlines are all understood. */
  private void draft(TaskInput input, TaskContract.TaskSubject subject) {
    input.ticked("draftReady", "Đánh dấu 'Dự thảo đã hoàn chỉnh' để trình thẩm định");
    unreadDeadlines(subject.planId()).ifPresent(input::problem);
  }

  private void sign(TaskInput input, TaskContract.TaskSubject subject) {
    Decision decision = decision(EnumSet.allOf(Decision.class), input);
    if (decision == Decision.APPROVE) {
      unreadDeadlines(subject.planId()).ifPresent(input::problem);
    }
  }

  private Optional<String> unreadDeadlines(long planId) {
    List<Assignment> unread = plans.unreadDeadlines(planId);
    if (unread.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Chưa xác định được thời hạn của nhiệm vụ "
        + unread.stream().map(a -> (a.position() + 1) + " ('" + a.deadline().phrase() + "')")
            .collect(Collectors.joining(", "))
        + "; đơn vị soạn thảo ghi rõ thời hạn trước khi trình (the deadline of these assignments is not understood)");
  }

  /** The unit reports its result, or asks for more time with a reason and a later last day. */
  private void execute(TaskInput input, TaskContract.TaskSubject subject) {
    Outcome outcome = input.choice(AssignmentProcess.Vars.OUTCOME.name(), Outcome.class, EnumSet.allOf(Outcome.class),
        "Chọn báo cáo kết quả hoặc xin gia hạn");
    if (outcome == Outcome.DONE) {
      input.requiredText(PlanLifecycleProcess.Vars.REPORT.name(), MAX_TEXT, "Chưa nhập báo cáo kết quả thực hiện");
    } else if (outcome == Outcome.EXTENSION) {
      input.requiredText(AssignmentProcess.Vars.EXTENSION_REASON.name(), MAX_TEXT, "Chưa ghi lý do xin gia hạn");
      LocalDate newDue = input.requiredDate(AssignmentProcess.Vars.EXTENSION_DUE_DATE.name(),
          "Chưa chọn ngày đề nghị gia hạn đến");
      Assignment assignment = plans.assignment(subject.assignmentId());
      LocalDate due = assignment.deadline().dueDate();
      if (newDue != null && due != null && !newDue.isAfter(due)) {
        input.problem("Ngày gia hạn phải sau hạn hiện tại, " + assignment.deadline().dueText()
            + " (extensionDueDate must be after the deadline in force)");
      }
    }
  }

  private static void urge(TaskInput input, TaskContract.TaskSubject subject) {
    input.requiredText(AssignmentProcess.Vars.URGE_NOTE.name(), MAX_TEXT, "Ghi nội dung đã đôn đốc, chỉ đạo");
  }

  private static TaskContract.Rule decision(Set<Decision> allowed) {
    return (input, subject) -> decision(allowed, input);
  }

  /** A decision among those of the step; a comment with anything but an approval. */
  private static Decision decision(Set<Decision> allowed, TaskInput input) {
    Decision decision = input.choice(PlanLifecycleProcess.Vars.DECISION.name(), Decision.class, allowed,
        "Chưa chọn quyết định");
    String comment = input.optionalText(PlanLifecycleProcess.Vars.COMMENT.name(), MAX_COMMENT);
    if (decision != null && decision != Decision.APPROVE && (comment == null || comment.isEmpty())) {
      input.problem("Phải ghi ý kiến khi trả lại hoặc không đồng ý (comment is required with " + decision + ")");
    }
    return decision;
  }
}
