package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.assignment.AssignmentProcess.Elements.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.assignment.AssignmentProcess.Outcome;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.engine.task.Decision;
import vn.kehoach.engine.task.ProcessTasks;
import vn.kehoach.engine.task.TaskContract;
import vn.kehoach.engine.task.TaskInput;
import vn.kehoach.engine.task.TaskRules;
import vn.kehoach.engine.task.TaskSubject;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.PlanService;

/**
 * The user tasks of {@code assignment}: the assigned unit carries out and reports, the signer decides on extensions
 * and directs overdue work, the monitoring unit urges.
 */
@Component
public class AssignmentTasks implements ProcessTasks {

  private final PlanService plans;
  private final AssignmentService assignments;
  private final Organisation organisation;

  public AssignmentTasks(PlanService plans, AssignmentService assignments, Organisation organisation) {
    this.plans = plans;
    this.assignments = assignments;
    this.organisation = organisation;
  }

  @Override
  public List<TaskContract> contracts() {
    TaskContract.Routing unit = (subject, task) -> assignments.assignment(subject.requireAssignmentId()).unit();
    TaskContract.Routing signer = (subject, task) ->
        organisation.requireUnit(plans.header(subject.planId()).issuer()).issuer().signerRole();
    TaskContract.Rule urgeNote = TaskRules.requiredText(Vars.URGE_NOTE.name(), "Ghi nội dung đã đôn đốc, chỉ đạo");
    return List.of(
        TaskContract.of(EXECUTE, "form-execute-assignment", unit, this::execute),
        TaskContract.of(DECIDE_EXTENSION, "form-decide-extension", signer,
            TaskRules.decision(EnumSet.of(Decision.APPROVE, Decision.REJECT))),
        TaskContract.of(URGE, "form-urge", (subject, task) -> plans.header(subject.planId()).monitoringUnit(), urgeNote),
        TaskContract.of(URGE_BY_SIGNER, "form-urge", signer, urgeNote),
        TaskContract.of(EXECUTE_ONGOING, "form-execute-ongoing", unit,
            TaskRules.requiredText(PlanVariables.REPORT.name(), "Chưa nhập báo cáo kết quả thực hiện")),
        TaskContract.of(PERIODIC_REPORT, "form-periodic-report", unit,
            TaskRules.requiredText(Vars.PERIODIC_REPORT.name(), "Chưa nhập báo cáo định kỳ")));
  }

  /**
   * The unit reports its result, or asks for more time with a reason and a later last day, and what it has done so
   * far if it likes.
   */
  private void execute(TaskInput input, TaskSubject subject) {
    Outcome outcome = input.choice(Vars.OUTCOME.name(), Outcome.class, EnumSet.allOf(Outcome.class),
        "Chọn báo cáo kết quả hoặc xin gia hạn");
    if (outcome == Outcome.DONE) {
      input.requiredText(PlanVariables.REPORT.name(), TaskRules.MAX_TEXT, "Chưa nhập báo cáo kết quả thực hiện");
    } else if (outcome == Outcome.EXTENSION) {
      input.requiredText(Vars.EXTENSION_REASON.name(), TaskRules.MAX_TEXT, "Chưa ghi lý do xin gia hạn");
      input.optionalText(Vars.EXTENSION_PROGRESS.name(), TaskRules.MAX_TEXT);
      LocalDate newDue = input.requiredDate(Vars.EXTENSION_DUE_DATE.name(), "Chưa chọn ngày đề nghị gia hạn đến");
      if (newDue != null) {
        assignments.assignment(subject.requireAssignmentId()).extensionRefusal(newDue).ifPresent(input::problem);
      }
    }
  }
}
