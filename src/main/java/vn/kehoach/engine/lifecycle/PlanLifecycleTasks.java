package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements.*;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.task.Decision;
import vn.kehoach.engine.task.ProcessTasks;
import vn.kehoach.engine.task.TaskContract;
import vn.kehoach.engine.task.TaskInput;
import vn.kehoach.engine.task.TaskRules;
import vn.kehoach.engine.task.TaskSubject;
import vn.kehoach.organisation.IssuerProfile;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.Recipient;

/**
 * The user tasks of {@code plan-lifecycle}: the drafter drafts, the issuer's office reviews, its signer signs and
 * accepts the report, the recipient units confirm receipt, the monitoring unit consolidates.
 */
@Component
public class PlanLifecycleTasks implements ProcessTasks {

  private final PlanService plans;
  private final Organisation organisation;

  public PlanLifecycleTasks(PlanService plans, Organisation organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public List<TaskContract> contracts() {
    return List.of(
        TaskContract.of(DRAFT, "form-draft", (subject, task) -> header(subject).drafter(), this::draft),
        TaskContract.of(REVIEW, "form-review", (subject, task) -> issuer(subject).office(),
            TaskRules.decision(EnumSet.of(Decision.APPROVE, Decision.RETURN))),
        TaskContract.of(SIGN, "form-sign", (subject, task) -> issuer(subject).signerRole(), this::sign),
        TaskContract.of(ACKNOWLEDGE, "form-acknowledge", this::recipient,
            (input, subject) -> input.ticked("acknowledged", "Đánh dấu 'Đơn vị đã tiếp nhận văn bản' để hoàn thành")),
        TaskContract.of(CONSOLIDATE, "form-consolidate-report", (subject, task) -> header(subject).monitoringUnit(),
            TaskRules.requiredText(PlanVariables.REPORT.name(), "Chưa nhập báo cáo tổng hợp")),
        TaskContract.of(ACCEPT_REPORT, "form-accept-report", (subject, task) -> issuer(subject).signerRole(),
            TaskRules.decision(EnumSet.of(Decision.APPROVE, Decision.RETURN))),
        TaskContract.of(CONSOLIDATE_INTERIM, "form-consolidate-report", (subject, task) -> header(subject).monitoringUnit(),
            TaskRules.requiredText(PlanVariables.REPORT.name(), "Chưa nhập báo cáo sơ kết")),
        TaskContract.of(ACCEPT_INTERIM_REPORT, "form-accept-report", (subject, task) -> issuer(subject).signerRole(),
            TaskRules.decision(EnumSet.of(Decision.APPROVE, Decision.RETURN))));
  }

  /** The drafter submits for review only a finished draft whose deadlines are all understood. */
  private void draft(TaskInput input, TaskSubject subject) {
    input.ticked("draftReady", "Đánh dấu 'Dự thảo đã hoàn chỉnh' để trình thẩm định");
    TaskRules.refuseUnreadDeadlines(input, plans.unreadDeadlines(subject.planId()));
  }

  /** Nothing is signed whose deadlines are not all understood (a plan changed since review, say). */
  private void sign(TaskInput input, TaskSubject subject) {
    if (TaskRules.decision(input, EnumSet.allOf(Decision.class)) == Decision.APPROVE) {
      TaskRules.refuseUnreadDeadlines(input, plans.unreadDeadlines(subject.planId()));
    }
  }

  /** The multi-instance hands out the plan's recipient units; each must be one that confirms receipt. */
  private String recipient(TaskSubject subject, org.camunda.bpm.engine.delegate.VariableScope task) {
    String unit = PlanLifecycleProcess.Vars.RECIPIENT_UNIT.from(task);
    Plan plan = plan(subject);
    return plan.recipients().stream().filter(Recipient::acknowledges).map(Recipient::unit)
        .filter(unit::equals).findFirst()
        .orElseThrow(() -> new IllegalStateException("'" + unit + "' is no recipient of plan " + plan.id()));
  }

  private Plan plan(TaskSubject subject) {
    return plans.get(subject.planId());
  }

  private Plan header(TaskSubject subject) {
    return plans.header(subject.planId());
  }

  private IssuerProfile issuer(TaskSubject subject) {
    return organisation.requireUnit(header(subject).issuer()).issuer();
  }
}
