package vn.kehoach.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;

/**
 * Carries the application's plans through the engine's Java API as Tasklist users would (like the tests'
 * Workflow): created by the system viewer, drafted, approved, signed (issued and disseminated by the engine), then
 * every unit reports on its assignment, which leaves the plan waiting for the consolidated report.
 */
final class PlanDriving {

  /** Units of the demo organisation that take assignments (the signer's roles are left out). */
  static final List<String> UNITS = List.of("ban-tuyen-giao-dan-van", "uy-ban-kiem-tra-tinh-uy", "dang-uy-mttq-tinh",
      "cac-dang-uy-truc-thuoc", "van-phong-tinh-uy", "thanh-uy", "cong-an-thanh-pho", "dang-uy-phuong", "ubnd-phuong",
      "hdnd-phuong", "van-phong-dang-uy-phuong", "van-phong-ubnd-phuong", "ban-tuyen-giao-dang-uy-phuong",
      "uy-ban-mttq-phuong", "chi-bo-cong-an-phuong", "cac-chi-bo-truc-thuoc");

  private final PlanService plans;
  private final TaskService tasks;
  private final HistoryService history;

  PlanDriving(AppContext app) {
    this.plans = app.bean(PlanService.class);
    this.tasks = app.engine.getTaskService();
    this.history = app.engine.getHistoryService();
  }

  /** A plan of the provincial standing committee with {@code count} dated assignments, all due on {@code due}. */
  static PlanRequest request(String title, int count, LocalDate due) {
    return request(title, count, due, "btv-tinh-uy", "dang-uy-cong-an-tinh");
  }

  /** The same, issued by {@code issuer} (a unit of the demo organisation with a register), drafted by {@code drafter}. */
  static PlanRequest request(String title, int count, LocalDate due, String issuer, String drafter) {
    List<AssignmentRequest> assignments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      assignments.add(new AssignmentRequest(UNITS.get(i % UNITS.size()), AssignmentRole.LEAD,
          "Nhiệm vụ " + (i + 1) + " của kế hoạch đo hiệu năng", due.toString(), due.toString()));
    }
    return new PlanRequest(title, "KH", issuer, null, drafter, List.of(), assignments, List.of());
  }

  /** Created, drafted, approved and signed: issued and disseminated, its assignments running. */
  Plan issue(PlanRequest request) {
    Plan plan = plans.create(request, Viewer.SYSTEM);
    complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    complete(plan, Elements.REVIEW, Map.of("decision", "APPROVE"));
    complete(plan, Elements.SIGN, Map.of("decision", "APPROVE"));
    return plan;
  }

  /** A draft the engine holds at its first step (an own plan opened for an assignment): drafted, approved, signed. */
  Plan sign(Plan draft) {
    complete(draft, Elements.DRAFT, Map.of("draftReady", true));
    complete(draft, Elements.REVIEW, Map.of("decision", "APPROVE"));
    complete(draft, Elements.SIGN, Map.of("decision", "APPROVE"));
    return plans.get(draft.id());
  }

  /** Issued, then every unit reports its result: the plan waits for the consolidated report. */
  Plan carryToExecution(PlanRequest request) {
    Plan plan = issue(request);
    List<Task> work = tasks(plan, AssignmentProcess.Elements.EXECUTE);
    if (work.size() != request.assignments().size()) {
      throw new IllegalStateException(work.size() + " work tasks for " + request.assignments().size() + " assignments");
    }
    for (Task task : work) {
      tasks.complete(task.getId(), Map.of("outcome", "DONE", "report", "Đã thực hiện"));
    }
    if (tasks(plan, Elements.CONSOLIDATE).size() != 1) {
      throw new IllegalStateException("plan " + plan.id() + " does not wait for its consolidated report");
    }
    return plan;
  }

  /** Carried to execution, then its consolidated report written and accepted: the plan is closed, its processes ended. */
  Plan carryToClosure(PlanRequest request) {
    Plan plan = carryToExecution(request);
    complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo tổng hợp kết quả thực hiện kế hoạch đo hiệu năng"));
    complete(plan, Elements.ACCEPT_REPORT, Map.of("decision", "APPROVE"));
    return plans.get(plan.id());
  }

  /** Variables the plan's process instances (lifecycle and assignments) have held, as history keeps them. */
  long variables(Plan plan) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey())
        .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).count();
  }

  private void complete(Plan plan, String taskKey, Map<String, Object> variables) {
    List<Task> open = tasks(plan, taskKey);
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open " + taskKey + " tasks in plan " + plan.id());
    }
    tasks.complete(open.get(0).getId(), variables);
  }

  private List<Task> tasks(Plan plan, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(plan.businessKey()).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }
}
