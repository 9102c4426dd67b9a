package vn.kehoach.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.numbering.DocumentRegister;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.plan.Recipient;
import vn.kehoach.support.ProcessTest;
import vn.kehoach.support.Workflow;

/** Every path through plan-lifecycle and assignment; coverage of both models must be 100% (CoverageTestConfiguration). */
@ProcessTest
class PlanLifecycleProcessTest {

  private static final Instant SIGNED_AT = OffsetDateTime.parse("2026-03-10T09:00:00+07:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService taskService;
  @Autowired PlanService plans;
  @Autowired DocumentRegister register;
  @Autowired Workflow workflow;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theDiagramsNameTheirStepsWithoutExpressions() {
    for (String key : List.of(PlanLifecycleProcess.KEY, vn.kehoach.engine.assignment.AssignmentProcess.KEY)) {
      var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult();
      assertThat(repository.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class))
          .extracting(org.camunda.bpm.model.bpmn.instance.FlowElement::getName).as(key).filteredOn(name -> name != null)
          .isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("${"));
    }
  }

  @Test
  void planWithThreeAssignmentsGoesFromDraftToClosed() {
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT.minusSeconds(86_400)));
    Plan plan = workflow.create(provincialPlan("Kế hoạch thực hiện Chỉ thị 02-CT/TW về PCCC và CNCH"));
    ProcessInstance pi = instance(plan);
    assertThat(pi).hasBusinessKey(String.valueOf(plan.id())).isWaitingAt(Elements.DRAFT);
    assertThat(pi).task().hasCandidateGroup(POLICE).hasName("Soạn thảo (dự thảo) — BTV Tỉnh ủy: " + plan.title());
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.DRAFTING);

    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    assertThat(pi).isWaitingAt(Elements.REVIEW).task().hasCandidateGroup(OFFICE);
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.IN_REVIEW);

    workflow.decide(plan, Elements.REVIEW, "APPROVE", null);
    assertThat(pi).isWaitingAt(Elements.SIGN).task().hasCandidateGroup(SIGNER);
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.AWAITING_SIGNATURE);

    int lastNumber = register.last(ISSUER, "KH", "term-2025-10-16");
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT));
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);

    Plan issued = workflow.reload(plan);
    assertThat(issued.state()).isEqualTo(PlanState.IN_EXECUTION);
    assertThat(issued.number().text()).isEqualTo(String.format("%02d-KH/TU", lastNumber + 1));
    assertThat(issued.number().issuedOn()).hasToString("2026-03-10");
    assertThat(pi).hasVariables("planNumber", "planIssuedOnText");
    assertThat(runtime.getVariable(pi.getId(), "planIssuedOnText")).isEqualTo("10/03/2026");
    assertThat(issued.recipients()).allSatisfy(r -> assertThat(r.disseminatedAt()).isEqualTo(SIGNED_AT));

    // Dissemination: the two executing recipient units acknowledge; the others are only recorded.
    List<Task> acknowledgements = workflow.tasks(plan, Elements.ACKNOWLEDGE);
    assertThat(acknowledgements).extracting(t -> candidateGroup(t)).containsExactlyInAnyOrder(FRONT, PROPAGANDA);
    assertThat(acknowledgements).allSatisfy(t -> assertThat(t.getName()).startsWith("Tiếp nhận " + issued.number().text()));

    // Execution: one assignment process per assignment, due when the work becomes late.
    List<Task> work = workflow.workTasks(plan);
    assertThat(work).extracting(this::candidateGroup).containsExactlyInAnyOrder(PROPAGANDA, INSPECTION, FRONT);
    assertThat(dueOf(work, PROPAGANDA)).isEqualTo(Date.from(OffsetDateTime.parse("2026-05-01T00:00:00+07:00").toInstant()));
    assertThat(dueOf(work, INSPECTION)).as("ongoing work has no due date").isNull();
    assertThat(dueOf(work, FRONT)).isEqualTo(Date.from(OffsetDateTime.parse("2027-01-01T00:00:00+07:00").toInstant()));
    assertThat(work).filteredOn(t -> PROPAGANDA.equals(candidateGroup(t))).singleElement()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("Thực hiện nhiệm vụ " + issued.number().text() + " — Ban TG&DV: "
            + "Chỉ đạo, định hướng các cơ quan truyền thông tăng cường tuyên truyền về PCCC và CNCH"));
    assertThat(work).allSatisfy(t -> assertThat(t.getDescription()).contains("Kế hoạch " + issued.number().text()
        + ": " + plan.title()));

    for (Task acknowledgement : acknowledgements) {
      taskService.complete(acknowledgement.getId(), Map.of("acknowledged", true));
    }
    assertThat(workflow.reload(plan).recipients()).filteredOn(Recipient::acknowledges)
        .allSatisfy(r -> assertThat(r.acknowledgedAt()).isNotNull());
    assertThat(workflow.reload(plan).recipients()).filteredOn(r -> !r.acknowledges())
        .allSatisfy(r -> assertThat(r.acknowledgedAt()).isNull());

    for (Task task : work) {
      workflow.report(task, "Báo cáo của " + candidateGroup(task));
      assertThat(pi).isNotEnded();
    }
    Plan reporting = workflow.reload(plan);
    assertThat(reporting.state()).isEqualTo(PlanState.REPORTING);
    assertThat(reporting.assignments()).allSatisfy(a -> {
      assertThat(a.done()).isTrue();
      assertThat(a.report()).isEqualTo("Báo cáo của " + a.unit());
    });
    assertThat(pi).isWaitingAt(Elements.CONSOLIDATE).task().hasCandidateGroup(POLICE);
    assertThat((String) runtime.getVariable(pi.getId(), "unitReports")).contains("Báo cáo của " + INSPECTION);

    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo tổng hợp kết quả thực hiện"));
    assertThat(pi).isWaitingAt(Elements.ACCEPT_REPORT).task().hasCandidateGroup(SIGNER);
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);

    assertThat(workflow.timers(plan)).as("no timer outlives the plan").isEmpty();
    assertThat(pi).hasPassedInOrder(Elements.START, Elements.DRAFT, Elements.REVIEW, Elements.SIGN, Elements.ISSUE,
        Elements.DISSEMINATE, Elements.COLLECT_REPORTS, Elements.CONSOLIDATE, Elements.ACCEPT_REPORT, Elements.CLOSE,
        Elements.CLOSED).isEnded();
    Plan closed = workflow.reload(plan);
    assertThat(closed.state()).isEqualTo(PlanState.CLOSED);
    assertThat(closed.consolidatedReport()).isEqualTo("Báo cáo tổng hợp kết quả thực hiện");
    assertThat(closed.history()).filteredOn(e -> e.decision() != null).extracting(e -> e.step() + ":" + e.decision())
        .containsExactly("Task_ReviewPlan:APPROVE", "Task_SignPlan:APPROVE", "Task_AcceptReport:APPROVE");
    assertThat(closed.history()).extracting(PlanEvent::step).containsSubsequence("CREATED", Elements.DRAFT,
        Elements.REVIEW, Elements.SIGN, "ISSUED", "DISSEMINATED", "ACKNOWLEDGED", "ASSIGNMENT_DONE",
        Elements.CONSOLIDATE, Elements.ACCEPT_REPORT, "CLOSED");
    assertThat(closed.history()).filteredOn(e -> List.of("ISSUED", "DISSEMINATED", "CLOSED").contains(e.step()))
        .as("automatic steps are named as the system").extracting(PlanEvent::by).containsOnly(PlanEvent.SYSTEM);
  }

  @Test
  void officeReturnsTheDraftWithAComment() {
    Plan plan = workflow.create(provincialPlan("Kế hoạch trả lại ở bước thẩm định"));
    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(plan, Elements.REVIEW, "RETURN", "Bổ sung thời hạn cho từng nhiệm vụ");

    ProcessInstance pi = instance(plan);
    assertThat(pi).isWaitingAt(Elements.DRAFT).task().hasCandidateGroup(POLICE);
    assertThat(pi).variables().containsEntry("returnComment", "Văn phòng trả lại: Bổ sung thời hạn cho từng nhiệm vụ");
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.DRAFTING);

    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    assertThat(pi).isWaitingAt(Elements.REVIEW);
    assertThat(pi).as("a new review opens without the old decision").variables().doesNotContainKey("decision");
    workflow.decide(plan, Elements.REVIEW, "APPROVE", null);
    assertThat(pi).isWaitingAt(Elements.SIGN);
    assertThat(workflow.reload(plan).history()).filteredOn(e -> e.decision() != null)
        .extracting(e -> e.decision() + ":" + e.comment())
        .containsExactly("RETURN:Bổ sung thời hạn cho từng nhiệm vụ", "APPROVE:null");
  }

  @Test
  void signerReturnsThePlanToDrafting() {
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch trả lại ở bước ký"));
    workflow.decide(plan, Elements.SIGN, "RETURN", "Rút gọn phần mục đích, yêu cầu");

    ProcessInstance pi = instance(plan);
    assertThat(pi).isWaitingAt(Elements.DRAFT);
    assertThat(pi).variables().containsEntry("returnComment", "Người ký trả lại: Rút gọn phần mục đích, yêu cầu");
    Plan returned = workflow.reload(plan);
    assertThat(returned.state()).isEqualTo(PlanState.DRAFTING);
    assertThat(returned.number()).as("no number before signature").isNull();
  }

  @Test
  void signerRejectsAndThePlanEndsWithoutANumber() {
    int lastNumber = register.last(ISSUER, "KH", "term-2025-10-16");
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch không được ban hành"));
    ProcessInstance pi = instance(plan);
    workflow.decide(plan, Elements.SIGN, "REJECT", "Nội dung trùng với kế hoạch đã ban hành");

    assertThat(pi).hasPassed(Elements.REJECT).isEnded();
    Plan rejected = workflow.reload(plan);
    assertThat(rejected.state()).isEqualTo(PlanState.REJECTED);
    assertThat(rejected.number()).isNull();
    assertThat(rejected.closedAt()).isNotNull();
    assertThat(register.last(ISSUER, "KH", "term-2025-10-16")).isEqualTo(lastNumber);
  }

  @Test
  void consolidatedReportSentBackIsCompletedAndResubmitted() {
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch có báo cáo bị trả lại"));
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    workflow.workTasks(plan).forEach(t -> workflow.report(t, "Đã thực hiện"));

    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo sơ lược"));
    workflow.decide(plan, Elements.ACCEPT_REPORT, "RETURN", "Bổ sung số liệu các vụ cháy");
    ProcessInstance pi = instance(plan);
    assertThat(pi).isWaitingAt(Elements.CONSOLIDATE);
    assertThat(pi).variables().containsEntry("returnComment", "Người ký trả lại báo cáo: Bổ sung số liệu các vụ cháy")
        .containsEntry("report", "Báo cáo sơ lược");
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.REPORTING);

    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo đầy đủ, có số liệu"));
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);
    assertThat(pi).isEnded();
    assertThat(workflow.reload(plan).consolidatedReport()).isEqualTo("Báo cáo đầy đủ, có số liệu");
  }

  @Test
  void decisionTasksRefuseMissingOrWrongDecisions() {
    Plan plan = workflow.create(provincialPlan("Kế hoạch kiểm tra quyết định"));
    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));

    assertThatThrownBy(() -> workflow.complete(plan, Elements.REVIEW, Map.of()))
        .hasMessageContaining("Chưa chọn quyết định (decision is required");
    assertThatThrownBy(() -> workflow.decide(plan, Elements.REVIEW, "REJECT", "Không được từ chối ở bước này"))
        .hasMessageContaining("Giá trị 'REJECT' không dùng được ở bước này (decision must be one of [APPROVE, RETURN])");
    assertThatThrownBy(() -> workflow.decide(plan, Elements.REVIEW, "RETURN", "  "))
        .hasMessageContaining("Phải ghi ý kiến khi trả lại hoặc không đồng ý (comment is required with RETURN)");
    assertThatThrownBy(() -> workflow.decide(plan, Elements.REVIEW, "MAYBE", null))
        .hasMessageContaining("Giá trị 'MAYBE' không dùng được");

    assertThat(instance(plan)).isWaitingAt(Elements.REVIEW);
    Plan unchanged = workflow.reload(plan);
    assertThat(unchanged.state()).isEqualTo(PlanState.IN_REVIEW);
    assertThat(unchanged.history()).extracting(PlanEvent::step).containsExactly("CREATED", Elements.DRAFT);
  }

  @Test
  void reportTasksRefuseAnEmptyReport() {
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch kiểm tra báo cáo"));
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    Task work = workflow.tasks(plan, AssignmentProcess.Elements.EXECUTE).get(0);

    assertThatThrownBy(() -> taskService.complete(work.getId(), Map.of("outcome", "DONE", "report", " ")))
        .hasMessageContaining("Chưa nhập báo cáo kết quả thực hiện (report is required)");
    assertThatThrownBy(() -> taskService.complete(work.getId(), Map.of("outcome", "DONE", "report", "x".repeat(4001))))
        .as("Camunda keeps a text variable in 4,000 characters").hasMessageContaining("report is longer than 4000");
    assertThatThrownBy(() -> taskService.complete(work.getId(), Map.of("report", "Đã xong")))
        .as("a result without the unit's choice").hasMessageContaining("outcome is required");
    assertThat(taskService.createTaskQuery().taskId(work.getId()).count()).isEqualTo(1);
    assertThat(workflow.reload(plan).assignments()).noneMatch(Assignment::done);
  }

  /**
   * A plan issued elsewhere skips drafting, review and signature: the gateway reads its origin from the plan's table,
   * it keeps its own number, and its assignments run from dissemination on.
   */
  @Test
  void aPlanIssuedElsewhereGoesStraightToExecution() {
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT));
    Plan plan = plans.trackIssued(new vn.kehoach.plan.IssuedPlanRequest(provincialPlan(
        "Kế hoạch của cơ quan khác được nhận để theo dõi"), "15-KH/TW", java.time.LocalDate.of(2026, 3, 2),
        "BAN BÍ THƯ", OFFICE), vn.kehoach.organisation.Viewer.SYSTEM);
    ProcessInstance pi = instance(plan);
    assertThat(pi).hasPassed(Elements.ORIGIN, Elements.RECORD_ISSUED_ELSEWHERE, Elements.DISSEMINATE)
        .hasNotPassed(Elements.DRAFT, Elements.ISSUE).isWaitingAt(Elements.ACKNOWLEDGE);
    assertThat(pi).variables().containsEntry("planNumber", "15-KH/TW").containsEntry("planIssuedOnText", "02/03/2026");
    assertThat(plans.get(plan.id()).state()).isEqualTo(vn.kehoach.plan.PlanState.IN_EXECUTION);
  }

  private ProcessInstance instance(Plan plan) {
    return runtime.createProcessInstanceQuery().processInstanceId(workflow.reload(plan).processInstanceId())
        .singleResult();
  }

  private String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }

  private Date dueOf(List<Task> tasks, String unit) {
    Map<String, Date> due = new HashMap<>();
    tasks.forEach(t -> due.put(candidateGroup(t), t.getDueDate()));
    assertThat(due).containsKey(unit);
    return due.get(unit);
  }
}
