package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.engine.task.TaskContracts;
import vn.kehoach.engine.task.TaskForms;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * Nobody can forge the approval chain: at every user task of both processes, the unit that may complete it tries,
 * through {@code /engine-rest} as a client would, every variable the system relies on (routing groups, plan and
 * assignment ids, number, texts, deadlines and timers, who decided). Each try gets 400 naming the variable, and
 * nothing changes: not the task, not the plan, not the process variables, not the history. The legitimate
 * completion then works, and the plan's history names who did every step.
 */
@IntegrationTest
class TaskForgeryTest {

  /** Every variable the processes read that no form asks for, with what a forger would put there. */
  private static final Map<String, Object> FORGED = forged();

  private static Map<String, Object> forged() {
    Map<String, Object> forged = new LinkedHashMap<>();
    for (String group : List.of("drafterGroup", "officeGroup", "signerGroup", "monitoringGroup", "assignmentUnit",
        "recipientUnit")) {
      forged.put(group, "dang-uy-cong-an-tinh");
    }
    for (String id : List.of("planId", "assignmentId")) {
      forged.put(id, 1);
    }
    for (String text : List.of("planNumber", "planIssuedOnText", "planTitle", "planShortTitle", "issuerName",
        "drafterName", "monitoringName", "implementsText", "assignmentsText", "returnComment", "unitReports",
        "assignmentUnitName", "assignmentRoleText", "assignmentTask", "assignmentDeadline", "assignmentDueText",
        "originalDueText", "nextReportDueText", "nextReportPeriodText", "assignmentPhasesText", "decidedBy", "reportedBy",
        "state", "reportSha256")) {
      forged.put(text, "99-KH/GIA");
    }
    for (String date : List.of("assignmentDue", "reminderAt", "escalateToSignerAt", "nextReportAt", "nextReportDue")) {
      forged.put(date, "2036-01-01T00:00:00.000+0700");
    }
    // the review dates' timers and the variables that end the execution branch (sơ kết, tổng kết)
    for (String date : List.of("interimReviewAt", "finalReviewAt")) {
      forged.put(date, "2026-01-01T00:00:00.000+0700");
    }
    forged.put("workEnded", true);
    forged.put("finalReviewDue", true);
    forged.put("hasDueDate", false);
    forged.put("acknowledgingUnits", "[]");
    forged.put("assignmentIds", "[]");
    // the choices of other tasks: a decision where none is asked, an outcome, a report
    forged.put("decision", "APPROVE");
    forged.put("outcome", "DONE");
    forged.put("report", "Báo cáo giả");
    return forged;
  }

  /** A demo user of each unit or role of the plan. */
  private static final Map<String, String> USERS = Map.of(POLICE, "congan", OFFICE, "vanphong", SIGNER, "phobithu",
      ISSUER, "phobithu", PROPAGANDA, "tuyengiao", INSPECTION, "kiemtra", FRONT, "mttq");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskContracts contracts;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  private final TaskForms forms = TaskForms.fromClasspath();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyTaskOfBothProcessesRefusesWhatItsFormDoesNotAsk() throws Exception {
    Plan plan = workflow.create(provincialPlan("Kế hoạch thử giả mạo biến quy trình"));

    forgeThenComplete(plan, Elements.DRAFT, "congan", Map.of("draftReady", true));
    forgeThenComplete(plan, Elements.REVIEW, "vanphong", Map.of("decision", "APPROVE"));
    forgeThenComplete(plan, Elements.SIGN, "phobithu", Map.of("decision", "APPROVE"));
    assertThat(plans.get(plan.id()).state()).isEqualTo(PlanState.IN_EXECUTION);

    Task frontReceipt = taskOf(plan, Elements.ACKNOWLEDGE, FRONT);
    forgeThenComplete(frontReceipt, "mttq", Map.of("acknowledged", true));
    for (Task receipt : workflow.tasks(plan, Elements.ACKNOWLEDGE)) {
      complete(receipt, USERS.get(tasks.getIdentityLinksForTask(receipt.getId()).get(0).getGroupId()),
          Map.of("acknowledged", true));
    }

    // the propaganda commission's deadline (30/04/2026) has long passed: both escalations are due
    workflow.fireDueTimers(plan);
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.URGE, POLICE), "congan",
        Map.of("urgeNote", "Đã gọi điện đôn đốc"));
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.URGE_BY_SIGNER, SIGNER), "phobithu",
        Map.of("urgeNote", "Chỉ đạo hoàn thành trong tuần"));
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.EXECUTE, PROPAGANDA), "tuyengiao",
        Map.of("outcome", "DONE", "report", "Đã tuyên truyền trên báo, đài tỉnh"));

    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.EXECUTE, FRONT), "mttq",
        Map.of("outcome", "EXTENSION", "extensionReason", "Chờ kết quả giám sát", "extensionDueDate", "2027-01-31"));
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.DECIDE_EXTENSION, SIGNER), "phobithu",
        Map.of("decision", "APPROVE", "comment", "Đồng ý gia hạn"));
    complete(taskOf(plan, AssignmentProcess.Elements.EXECUTE, FRONT), "mttq",
        Map.of("outcome", "DONE", "report", "Đã giám sát"));

    // ongoing work reports every six months
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(200, ChronoUnit.DAYS)));
    workflow.fireDueTimers(plan);
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.PERIODIC_REPORT, INSPECTION), "kiemtra",
        Map.of("periodicReport", "Báo cáo 6 tháng"));
    forgeThenComplete(taskOf(plan, AssignmentProcess.Elements.EXECUTE_ONGOING, INSPECTION), "kiemtra",
        Map.of("report", "Tổng kết kiểm tra, giám sát"));

    forgeThenComplete(plan, Elements.CONSOLIDATE, "congan", Map.of("report", "Báo cáo tổng hợp"));
    forgeThenComplete(plan, Elements.ACCEPT_REPORT, "phobithu", Map.of("decision", "APPROVE"));

    Plan closed = plans.get(plan.id());
    assertThat(closed.state()).isEqualTo(PlanState.CLOSED);
    assertThat(closed.number().text()).doesNotContain("GIA");
    assertThat(closed.history()).allSatisfy(e -> assertThat(e.by()).as(e.step()).isNotBlank());
    assertThat(closed.history()).extracting(e -> e.step() + " " + e.by()).contains(
        "CREATED system", Elements.DRAFT + " congan", Elements.REVIEW + " vanphong", Elements.SIGN + " phobithu",
        "ISSUED system", "DISSEMINATED system", "ACKNOWLEDGED mttq", "ESCALATION_1 system", "ESCALATION_2 system",
        AssignmentProcess.Elements.URGE + " congan", AssignmentProcess.Elements.URGE_BY_SIGNER + " phobithu",
        "ASSIGNMENT_DONE tuyengiao", "EXTENSION_REQUESTED mttq", "EXTENSION_DECIDED phobithu",
        "ASSIGNMENT_DONE mttq", "PERIODIC_REPORT kiemtra", "ASSIGNMENT_DONE kiemtra",
        Elements.CONSOLIDATE + " congan", Elements.ACCEPT_REPORT + " phobithu", "CLOSED system");
  }

  @Test
  void theInterimReviewTasksRefuseForgedVariablesToo() throws Exception {
    java.time.LocalDate interim = java.time.LocalDate.now(vn.kehoach.deadline.Deadline.VIETNAM).plusDays(30);
    PlanRequest p = provincialPlan("Kế hoạch thử giả mạo ở bước sơ kết");
    Plan plan = workflow.issued(new PlanRequest(p.title(), p.type(), p.issuer(), p.drafter(), p.monitoringUnit(),
        p.implementsDocuments(), p.assignments(), p.recipients(), interim, null));
    ClockUtil.setCurrentTime(Date.from(interim.plusDays(1).atStartOfDay(vn.kehoach.deadline.Deadline.VIETNAM)
        .toInstant()));
    management.executeJob(management.createJobQuery().processInstanceId(plan.processInstanceId())
        .activityId(Elements.INTERIM_TIMER).singleResult().getId());

    forgeThenComplete(plan, Elements.CONSOLIDATE_INTERIM, "congan", Map.of("report", "Báo cáo sơ kết"));
    forgeThenComplete(plan, Elements.ACCEPT_INTERIM_REPORT, "phobithu", Map.of("decision", "APPROVE"));
    Plan reviewed = plans.get(plan.id());
    assertThat(reviewed.state()).isEqualTo(PlanState.IN_EXECUTION);
    assertThat(reviewed.history()).extracting(e -> e.step() + " " + e.by()).contains(
        Elements.CONSOLIDATE_INTERIM + " congan", Elements.ACCEPT_INTERIM_REPORT + " phobithu");
  }

  @Test
  void theSignerCannotHandTheSignatureToSomeoneOutsideItsRole() throws Exception {
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch thử giao việc ký cho người khác"));
    Task sign = workflow.task(plan, Elements.SIGN);
    String uri = "/engine-rest/task/" + sign.getId();
    Snapshot before = snapshot(sign);
    // a participant may claim and complete its task (TASK_WORK), not give it to someone else (TASK_ASSIGN, UPDATE)
    Map<String, ResponseEntity<String>> tries = handOver("phobithu", sign);
    tries.forEach((what, answer) -> assertThat(answer.getStatusCode())
        .as("the signer tries to %s: %s", what, answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN));
    // the administrator may, but only to a member of the task's unit: the task's candidates come from the plan
    tries = handOver("demo", sign);
    tries.forEach((what, answer) -> {
      assertThat(answer.getStatusCode()).as("the administrator tries to %s: %s", what, answer.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).doesNotContain("ENGINE-");
    });
    assertThat(tries.get("assign to the drafter").getBody())
        .contains("Chỉ giao được việc này cho người thuộc Phó Bí thư Tỉnh ủy");
    assertThat(snapshot(sign)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(sign.getId()).singleResult().getAssignee()).isNull();
    assertThat(send("congan", HttpMethod.POST, uri + "/claim", Map.of("userId", "congan")).getStatusCode())
        .as("the drafter claims the signature").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    assertThat(send("phobithu", HttpMethod.POST, uri + "/claim", Map.of("userId", "phobithu")).getStatusCode())
        .as("the signer claims it").isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(send("vanphong", HttpMethod.POST, uri + "/unclaim", Map.of()).getStatusCode())
        .as("the office takes it from the signer").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(tasks.createTaskQuery().taskId(sign.getId()).singleResult().getAssignee()).isEqualTo("phobithu");
    assertThat(send("phobithu", HttpMethod.POST, uri + "/unclaim", Map.of()).getStatusCode())
        .as("and gives it back to its role").isEqualTo(HttpStatus.NO_CONTENT);
    complete(sign, "phobithu", Map.of("decision", "APPROVE"));
  }

  @Test
  void noParticipantWritesTheProcessInstanceItselfEither() throws Exception {
    Plan plan = workflow.create(provincialPlan("Kế hoạch thử ghi biến của quy trình"));
    for (String user : List.of("congan", "vanphong", "phobithu", "tuyengiao")) {
      for (String uri : List.of("/engine-rest/process-instance/" + plan.processInstanceId() + "/variables/signerGroup",
          "/engine-rest/execution/" + plan.processInstanceId() + "/localVariables/signerGroup")) {
        assertThat(send(user, HttpMethod.PUT, uri, Map.of("value", user)).getStatusCode()).as("%s: PUT %s", user, uri)
            .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      }
      assertThat(send(user, HttpMethod.POST, "/engine-rest/process-instance/" + plan.processInstanceId()
          + "/variables", Map.of("modifications", Map.of("planNumber", Map.of("value", "99-KH/GIA"))))
          .getStatusCode()).as("%s: modify the instance's variables", user)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(runtime.getVariables(plan.processInstanceId())).doesNotContainKeys("signerGroup", "planNumber");
  }

  @Test
  void theContractsCoverEveryUserTaskAndEveryFormField() {
    assertThat(contracts.all().keySet()).containsExactlyInAnyOrder(Elements.DRAFT, Elements.REVIEW, Elements.SIGN,
        Elements.ACKNOWLEDGE, Elements.CONSOLIDATE, Elements.ACCEPT_REPORT, Elements.CONSOLIDATE_INTERIM,
        Elements.ACCEPT_INTERIM_REPORT, AssignmentProcess.Elements.EXECUTE,
        AssignmentProcess.Elements.DECIDE_EXTENSION, AssignmentProcess.Elements.URGE,
        AssignmentProcess.Elements.URGE_BY_SIGNER, AssignmentProcess.Elements.EXECUTE_ONGOING,
        AssignmentProcess.Elements.PERIODIC_REPORT);
    contracts.all().values().forEach(contract ->
        assertThat(forms.form(contract.formId())).as(contract.taskKey()).isPresent());
    assertThat(forms.require("form-execute-assignment").inputs())
        .containsExactly("outcome", "report", "extensionReason", "extensionDueDate", "extensionProgress");
    assertThat(forms.require("form-execute-assignment").shown()).contains("planNumber", "assignmentTask");
    assertThat(forms.require("form-decide-extension").shown()).as("the signer reads the unit's progress, never writes it")
        .contains("extensionProgress");
    assertThat(forms.require("form-decide-extension").inputs()).doesNotContain("extensionProgress");
  }

  private void forgeThenComplete(Plan plan, String taskKey, String user, Map<String, Object> legitimate)
      throws Exception {
    forgeThenComplete(workflow.task(plan, taskKey), user, legitimate);
  }

  /** Every way of giving the signature to the drafter or its unit, tried by one user. */
  private Map<String, ResponseEntity<String>> handOver(String user, Task sign) throws Exception {
    String uri = "/engine-rest/task/" + sign.getId();
    Map<String, ResponseEntity<String>> tries = new LinkedHashMap<>();
    tries.put("assign to the drafter", send(user, HttpMethod.POST, uri + "/assignee", Map.of("userId", "congan")));
    tries.put("delegate to the drafter", send(user, HttpMethod.POST, uri + "/delegate", Map.of("userId", "congan")));
    tries.put("make the drafter owner", send(user, HttpMethod.PUT, uri, Map.of("name", sign.getName(),
        "owner", "congan", "priority", 50)));
    tries.put("add the drafter's unit", send(user, HttpMethod.POST, uri + "/identity-links",
        Map.of("groupId", POLICE, "type", "candidate")));
    tries.put("remove its own role", send(user, HttpMethod.POST, uri + "/identity-links/delete",
        Map.of("groupId", SIGNER, "type", "candidate")));
    return tries;
  }

  /** Every forged variable is refused, alone beside a legitimate completion and through the task's variables. */
  private void forgeThenComplete(Task task, String user, Map<String, Object> legitimate) throws Exception {
    String formId = contracts.of(task.getTaskDefinitionKey()).orElseThrow().formId();
    Snapshot before = snapshot(task);
    for (Map.Entry<String, Object> forged : FORGED.entrySet()) {
      if (forms.require(formId).inputs().contains(forged.getKey())) {
        continue;
      }
      Map<String, Object> variables = new LinkedHashMap<>(legitimate);
      variables.put(forged.getKey(), forged.getValue());
      ResponseEntity<String> completed = send(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
          Map.of("variables", values(variables)));
      assertThat(completed.getStatusCode()).as("%s completing %s with %s", user, task.getTaskDefinitionKey(),
          forged.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(completed.getBody()).path("message").asText())
          .contains("'" + forged.getKey() + "'").doesNotContain("ENGINE-");
    }
    for (String name : List.of("signerGroup", "planNumber", "assignmentId")) {
      ResponseEntity<String> set = send(user, HttpMethod.PUT,
          "/engine-rest/task/" + task.getId() + "/variables/" + name, Map.of("value", FORGED.get(name)));
      // a participant may not set a task's variables outside its completion (no UPDATE_VARIABLE)
      assertThat(set.getStatusCode()).as("%s setting %s on %s", user, name, task.getTaskDefinitionKey())
          .isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<String> local = send(user, HttpMethod.POST, "/engine-rest/task/" + task.getId()
          + "/localVariables", Map.of("modifications", Map.of(name, Map.of("value", FORGED.get(name)))));
      assertThat(local.getStatusCode()).as("%s setting local %s", user, name).isEqualTo(HttpStatus.FORBIDDEN);
      // the administrator may set a task's variables, but only those its form asks for
      assertThat(send("demo", HttpMethod.PUT, "/engine-rest/task/" + task.getId() + "/variables/" + name,
          Map.of("value", FORGED.get(name))).getStatusCode()).as("the administrator setting %s", name)
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }
    // the plan's other participants may not complete it at all, forged or not
    for (String other : USERS.values().stream().distinct().filter(u -> !u.equals(user)).toList()) {
      Map<String, Object> variables = new LinkedHashMap<>(legitimate);
      variables.put("signerGroup", other);
      assertThat(send(other, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
          Map.of("variables", values(variables))).getStatusCode())
          .as("%s completing %s's task %s", other, user, task.getTaskDefinitionKey())
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(snapshot(task)).as("nothing changed by the refused tries at %s", task.getTaskDefinitionKey())
        .isEqualTo(before);
    complete(task, user, legitimate);
  }

  private void complete(Task task, String user, Map<String, Object> variables) throws Exception {
    ResponseEntity<String> done = send(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", values(variables)));
    assertThat(done.getStatusCode()).as("%s completing %s: %s", user, task.getTaskDefinitionKey(), done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** What a refused try must leave as it was: the task, the plan and its history, the variables and their history. */
  private record Snapshot(String taskName, List<String> candidates, PlanState state, int version, int events,
                          Map<String, Object> variables, long variableHistory) {}

  private Snapshot snapshot(Task task) {
    Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(now).as("task %s still open", task.getTaskDefinitionKey()).isNotNull();
    Plan plan = plans.get(Long.parseLong(runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()));
    return new Snapshot(now.getName(),
        tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).sorted().toList(),
        plan.state(), plan.version(), plan.history().size(), runtime.getVariables(task.getExecutionId()),
        history.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).count());
  }

  private Task taskOf(Plan plan, String taskKey, String group) {
    return workflow.tasks(plan, taskKey).stream()
        .filter(t -> tasks.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> group.equals(l.getGroupId())))
        .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " task for " + group));
  }

  private static Map<String, Object> values(Map<String, Object> variables) {
    Map<String, Object> dto = new LinkedHashMap<>();
    variables.forEach((name, value) -> dto.put(name, Map.of("value", value)));
    return dto;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String uri, Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(uri, method,
        new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
  }
}
