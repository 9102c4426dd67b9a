package vn.kehoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.WebappBrowser;
import vn.kehoach.support.Workflow;

/**
 * {@code GET /api/reports/plans}, which Cockpit's plugin "Kế hoạch" reads: three plans of the provincial standing
 * committee issued or created on Monday 9 September 2024 (one running with work overdue, one closed, one not
 * issued) and a ward plan, looked at on Thursday 12 September. Its counts are those of {@code GET /api/reports/status}
 * for the same viewer and filters; each unit sees the plans it takes part in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReportApiTest {

  private static final String DAY = "from=2024-09-09&to=2024-09-09";
  private static final String PROVINCE_DAY = DAY + "&issuer=" + ISSUER;
  private static final String WARD_OFFICE_UNIT = "ubnd-phuong";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @LocalServerPort int port;
  private TestRestTemplate office;

  private Plan running;
  private Plan closed;
  private Plan rejected;
  private Plan ward;

  @BeforeAll
  void plansOfOneDay() throws Exception {
    office = rest.withBasicAuth("vanphong", "demo");
    clock("2024-09-09T09:00:00+07:00");
    running = workflow.issued(new PlanRequest("Kế hoạch đang thực hiện, có việc quá hạn", "KH", ISSUER, null, POLICE,
        null, List.of(work(PROPAGANDA, "2024-09-10"), work(INSPECTION, "2024-09-30"), work(FRONT, "thường xuyên"),
            work(POLICE, "2024-09-11")), List.of()));
    closed = workflow.issued(new PlanRequest("Kế hoạch đã kết thúc <b>đậm</b>", "KH", ISSUER, null, POLICE, null,
        List.of(work(PROPAGANDA, "2024-09-10"), work(INSPECTION, "thường xuyên")), List.of()));
    rejected = workflow.toSignature(new PlanRequest("Kế hoạch không được ban hành", "KH", ISSUER, null, POLICE, null,
        List.of(work(FRONT, "2024-10-31")), List.of()));
    workflow.decide(rejected, Elements.SIGN, "REJECT", "Không ban hành kế hoạch này");
    PlanRequest seed = json.readValue(new ClassPathResource("demo/seed-001-plan.json").getInputStream(),
        PlanRequest.class);
    ward = workflow.issued(seed);

    clock("2024-09-10T10:00:00+07:00");
    for (Task task : workflow.workTasks(closed)) {
      workflow.report(task, "Đã thực hiện");
    }
    workflow.complete(closed, Elements.CONSOLIDATE, Map.of("report", "Báo cáo tổng hợp"));
    workflow.decide(closed, Elements.ACCEPT_REPORT, "APPROVE", null);
    clock("2024-09-11T10:00:00+07:00");
    report(running, POLICE);
    clock("2024-09-12T10:00:00+07:00");
  }

  @AfterEach
  void keepTheDay() {
    clock("2024-09-12T10:00:00+07:00");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeSeesItsIssuersPlansRunningClosedAndRejectedCountedAsTheStatusReportCountsThem() throws Exception {
    JsonNode plans = get(office, "/api/reports/plans?" + PROVINCE_DAY);
    assertThat(ids(plans)).containsExactly(rejected.id(), closed.id(), running.id());
    assertThat(plans.get("at").asText()).endsWith("+07:00");

    JsonNode open = plan(plans, running);
    assertThat(open.get("number").asText()).isEqualTo(workflow.reload(running).number().text());
    assertThat(open.get("state").asText()).isEqualTo("IN_EXECUTION");
    assertThat(open.get("stateLabel").asText()).isEqualTo("Đang tổ chức thực hiện");
    assertThat(open.get("issuer").get("name").asText()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(open.get("issuedOn").asText()).isEqualTo("2024-09-09");
    assertThat(open.get("createdAt").asText()).isEqualTo("2024-09-09T09:00:00+07:00");
    assertThat(open.get("countsAll").asBoolean()).isTrue();
    assertThat(counts(open)).containsEntry("done", 1).containsEntry("open", 3).containsEntry("overdue", 1)
        .containsEntry("total", 4);
    assertThat(byStatus(open)).containsEntry("IN_PROGRESS_OVERDUE", 1).containsEntry("IN_PROGRESS_ON_TIME", 1)
        .containsEntry("ONGOING", 1).containsEntry("DONE_ON_TIME", 1).containsEntry("DONE_LATE", 0);
    assertThat(open.get("nextDeadline").get("date").asText()).as("the inspection's, on time; not the overdue one")
        .isEqualTo("2024-09-30");
    assertThat(open.get("nextDeadline").get("unit").get("id").asText()).isEqualTo(INSPECTION);

    JsonNode done = plan(plans, closed);
    assertThat(done.get("state").asText()).isEqualTo("CLOSED");
    assertThat(done.get("finished").asBoolean()).isTrue();
    assertThat(done.get("closedAt").asText()).isEqualTo("2024-09-10T10:00:00+07:00");
    assertThat(done.get("title").asText()).as("as typed; the plugin escapes it").isEqualTo(closed.title());
    assertThat(counts(done)).as("ongoing work whose final result was reported counts as done")
        .containsEntry("done", 2).containsEntry("open", 0).containsEntry("overdue", 0);
    assertThat(done.get("nextDeadline").isNull()).isTrue();

    JsonNode notIssued = plan(plans, rejected);
    assertThat(notIssued.get("state").asText()).isEqualTo("REJECTED");
    assertThat(notIssued.get("number").isNull()).isTrue();
    assertThat(counts(notIssued)).containsEntry("total", 0);
    assertThat(notIssued.get("assignments").get(0).get("status").isNull()).as("no status before issue").isTrue();

    JsonNode summary = plans.get("summary");
    assertThat(summary.get("plans").asInt()).isEqualTo(3);
    assertThat(summary.get("running").asInt()).isEqualTo(1);
    assertThat(summary.get("withOverdue").asInt()).isEqualTo(1);
    assertThat(summary.get("finished").asInt()).isEqualTo(2);
    assertThat(counts(summary.get("assignments"))).containsEntry("done", 3).containsEntry("open", 3)
        .containsEntry("overdue", 1).containsEntry("total", 6);
    agreesWithTheStatusReport(office, PROVINCE_DAY);
    agreesWithTheStatusReport(office, DAY);
  }

  @Test
  void aUnitSeesThePlansItTakesPartInAndCountsItsOwnAssignmentsAsTheStatusReportDoes() throws Exception {
    TestRestTemplate propaganda = rest.withBasicAuth("tuyengiao", "demo");
    JsonNode plans = get(propaganda, "/api/reports/plans?" + PROVINCE_DAY);
    assertThat(ids(plans)).as("the rejected plan does not assign tuyengiao's unit")
        .containsExactly(closed.id(), running.id());
    JsonNode open = plan(plans, running);
    assertThat(open.get("countsAll").asBoolean()).isFalse();
    assertThat(counts(open)).containsEntry("total", 1).containsEntry("overdue", 1).containsEntry("open", 1);
    assertThat(open.get("assignments")).as("all of the plan's assignments are listed, its own counted").hasSize(4)
        .allSatisfy(a -> assertThat(a.get("counted").asBoolean()).isEqualTo(a.get("unit").get("id").asText()
            .equals(PROPAGANDA)));
    assertThat(open.get("nextDeadline").isNull()).as("its own one is overdue").isTrue();
    agreesWithTheStatusReport(propaganda, PROVINCE_DAY);

    TestRestTemplate wardUnit = rest.withBasicAuth("ubndphuong", "demo");
    JsonNode ofWard = get(wardUnit, "/api/reports/plans?" + DAY);
    assertThat(ids(ofWard)).as("ubndphuong takes part only in the ward's plan").containsExactly(ward.id());
    assertThat(plan(ofWard, ward).get("countsAll").asBoolean()).isFalse();
    agreesWithTheStatusReport(wardUnit, DAY);
    for (Plan other : List.of(running, closed, rejected)) {
      assertThat(wardUnit.getForEntity("/api/reports/plans/" + other.id(), String.class).getStatusCode())
          .as("plan %s to ubndphuong", other.id()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(ids(get(office, "/api/reports/plans?" + DAY))).as("nor does the province's office see the ward's")
        .doesNotContain(ward.id());
  }

  @Test
  void eachPlanLinksToItsLifecycleAndItsAssignmentsInstances() throws Exception {
    JsonNode open = get(office, "/api/reports/plans/" + running.id());
    assertThat(open.get("processInstanceId").asText()).isEqualTo(running.processInstanceId());
    assertThat(open.get("processInstanceRunning").asBoolean()).isTrue();
    assertThat(open.get("processDefinitionId").asText()).isEqualTo(runtime.createProcessInstanceQuery()
        .processInstanceId(running.processInstanceId()).singleResult().getProcessDefinitionId());
    for (JsonNode a : open.get("assignments")) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(AssignmentProcess.KEY).processInstanceBusinessKey(running.businessKey())
          .variableValueEquals("assignmentId", a.get("id").asLong()).singleResult();
      assertThat(a.get("processInstanceId").asText()).as("instance of assignment %s", a.get("id"))
          .isEqualTo(instance.getId());
      assertThat(a.get("processInstanceRunning").asBoolean()).as("assignment %s", a.get("id"))
          .isEqualTo(instance.getEndTime() == null);
    }
    assertThat(open.get("assignments")).filteredOn(a -> a.get("unit").get("id").asText().equals(POLICE))
        .singleElement().satisfies(a -> assertThat(a.get("processInstanceRunning").asBoolean()).isFalse());

    JsonNode done = get(office, "/api/reports/plans/" + closed.id());
    assertThat(done.get("processInstanceId").asText()).isEqualTo(closed.processInstanceId());
    assertThat(done.get("processInstanceRunning").asBoolean()).as("Cockpit CE cannot show it").isFalse();
    assertThat(done.get("assignments")).allSatisfy(a -> {
      assertThat(a.get("processInstanceId").asText()).isNotBlank();
      assertThat(a.get("processInstanceRunning").asBoolean()).isFalse();
    });
    assertThat(get(office, "/api/reports/plans/" + rejected.id()).get("assignments").get(0)
        .get("processInstanceId").isNull()).as("never issued: no assignment instance").isTrue();
  }

  /**
   * Cockpit's search by variable: the issued number is the lifecycle's variable planNumber, the issue date
   * planIssuedOnText (numbers start again with each term: both together find one plan).
   */
  @Test
  void theIssuedNumberIsTheLifecyclesVariablePlanNumber() {
    String number = workflow.reload(running).number().text();
    assertThat(number).matches("\\d{2,}-KH/TU");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlanLifecycleProcess.KEY)
        .variableValueEquals("planNumber", number).list())
        .extracting(i -> i.getId()).contains(running.processInstanceId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlanLifecycleProcess.KEY)
        .variableValueEquals("planNumber", number).variableValueEquals("planIssuedOnText", "09/09/2024").list())
        .extracting(i -> i.getId()).containsExactly(running.processInstanceId());
  }

  @Test
  void filtersByStateNumberAndIssuer() throws Exception {
    assertThat(ids(get(office, "/api/reports/plans?" + PROVINCE_DAY + "&state=FINISHED")))
        .containsExactly(rejected.id(), closed.id());
    assertThat(ids(get(office, "/api/reports/plans?" + PROVINCE_DAY + "&state=RUNNING")))
        .containsExactly(running.id());
    assertThat(ids(get(office, "/api/reports/plans?" + PROVINCE_DAY + "&state=overdue")))
        .containsExactly(running.id());
    assertThat(ids(get(office, "/api/reports/plans?" + PROVINCE_DAY + "&state=CLOSED")))
        .containsExactly(closed.id());
    String number = workflow.reload(closed).number().text();
    // (the template of TestRestTemplate encodes the query)
    assertThat(ids(get(office, "/api/reports/plans?" + DAY + "&number=" + number.toLowerCase())))
        .as("numbers recur in each term: with the day, one").containsExactly(closed.id());
    assertThat(ids(get(office, "/api/reports/plans?" + DAY + "&issuer=dang-uy-phuong"))).isEmpty();
    assertThat(ids(get(office, "/api/reports/plans?from=09/09/2024&to=9/9/2024&issuer=" + ISSUER)))
        .as("days as people write them").isEqualTo(ids(get(office, "/api/reports/plans?" + PROVINCE_DAY)))
        .contains(running.id());
    JsonNode limited = get(office, "/api/reports/plans?" + PROVINCE_DAY + "&limit=2");
    assertThat(ids(limited)).containsExactly(rejected.id(), closed.id());
    assertThat(limited.get("truncated").asBoolean()).isTrue();
  }

  @Test
  void refusesBadFiltersInVietnamese() throws Exception {
    Map<String, String> refused = Map.of(
        "state=DANG_CHAY", "không có trạng thái 'DANG_CHAY'",
        "issuer=khong-co", "không có đơn vị 'khong-co'",
        "from=2024-09-10&to=2024-09-09", "ngày 'from' (10/09/2024) sau ngày 'to' (09/09/2024)",
        "from=31/02/2024", "không đọc được ngày '31/02/2024': ghi dd/MM/yyyy",
        "limit=0", "phải từ 1 đến 500",
        "number=" + "1".repeat(101), "dài quá 100 ký tự");
    for (Map.Entry<String, String> bad : refused.entrySet()) {
      ResponseEntity<String> answer = office.getForEntity("/api/reports/plans?" + bad.getKey(), String.class);
      assertThat(answer.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(answer.getBody()).get("message").asText()).as(bad.getKey()).contains(bad.getValue());
    }
  }

  /** The plugin runs in Cockpit: the Cockpit login reads the report, with the same answer as HTTP Basic. */
  @Test
  void cockpitsLoginReadsTheSameReport() throws Exception {
    WebappBrowser cockpit = new WebappBrowser(port).logIn("vanphong", "cockpit");
    HttpResponse<String> answer = cockpit.send("GET", "/api/reports/plans?" + PROVINCE_DAY, null, null, true);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode viaSession = json.readTree(answer.body());
    JsonNode viaBasic = get(office, "/api/reports/plans?" + PROVINCE_DAY);
    assertThat(viaSession.get("plans")).isEqualTo(viaBasic.get("plans"));
    assertThat(viaSession.get("summary")).isEqualTo(viaBasic.get("summary"));
  }

  /** The plans' counts together are the status report's total, status by status, for the same viewer and filters. */
  private void agreesWithTheStatusReport(TestRestTemplate viewer, String filters) throws Exception {
    JsonNode plans = get(viewer, "/api/reports/plans?" + filters);
    JsonNode status = get(viewer, "/api/reports/status?" + filters);
    JsonNode total = status.get("total");
    Map<String, Integer> summed = new HashMap<>();
    int overdue = 0;
    for (JsonNode plan : plans.get("plans")) {
      byStatus(plan).forEach((s, n) -> summed.merge(s, n, Integer::sum));
      overdue += plan.get("counts").get("overdue").asInt();
    }
    Map<String, Integer> reported = json.convertValue(total.get("counts"),
        json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
    assertThat(summed).as("per status, %s", filters).isEqualTo(reported);
    assertThat(plans.get("summary").get("assignments").get("total").asInt()).isEqualTo(total.get("total").asInt());
    assertThat(overdue).isEqualTo(total.get("counts").get("IN_PROGRESS_OVERDUE").asInt());
    assertThat(plans.get("summary").get("assignments").get("onTimeOnlyAfterExtension").asInt())
        .isEqualTo(total.get("onTimeOnlyAfterExtension").asInt());
  }

  private JsonNode get(TestRestTemplate viewer, String path) throws Exception {
    ResponseEntity<String> answer = viewer.getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private static List<Long> ids(JsonNode result) {
    List<Long> ids = new ArrayList<>();
    result.get("plans").forEach(plan -> ids.add(plan.get("id").asLong()));
    return ids;
  }

  private static JsonNode plan(JsonNode result, Plan plan) {
    for (JsonNode row : result.get("plans")) {
      if (row.get("id").asLong() == plan.id()) {
        return row;
      }
    }
    throw new AssertionError("plan " + plan.id() + " not in " + result);
  }

  private Map<String, Integer> counts(JsonNode row) {
    JsonNode counts = row.has("counts") ? row.get("counts") : row;
    Map<String, Integer> numbers = new HashMap<>();
    for (String name : List.of("total", "done", "open", "overdue")) {
      numbers.put(name, counts.get(name).asInt());
    }
    return numbers;
  }

  private Map<String, Integer> byStatus(JsonNode row) {
    return json.convertValue(row.get("counts").get("byStatus"),
        json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
  }

  private void report(Plan plan, String unit) {
    Task task = workflow.tasks(plan, AssignmentProcess.Elements.EXECUTE).stream()
        .filter(t -> tasks.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> unit.equals(l.getGroupId())))
        .findFirst().orElseThrow();
    tasks.complete(task.getId(), Map.of("outcome", "DONE", "report", "Đã thực hiện"));
  }

  private static AssignmentRequest work(String unit, String deadline) {
    return new AssignmentRequest(unit, AssignmentRole.LEAD, "Nhiệm vụ của " + unit, deadline, null);
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
  }
}
