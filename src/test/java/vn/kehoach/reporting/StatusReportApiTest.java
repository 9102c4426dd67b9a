package vn.kehoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * {@code GET /api/reports/status}: one plan issued on Monday 3 June 2024 whose five assignments end up in each of
 * the five statuses on Thursday 6 June, counted per unit in JSON and CSV.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusReportApiTest {

  private static final String DAY = "from=2024-06-03&to=2024-06-03&issuer=" + ISSUER;

  @Autowired TestRestTemplate rest;
  private TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;

  @BeforeAll
  void oneAssignmentInEachStatus() {
    http = rest.withBasicAuth("vanphong", "demo"); // the issuer's office counts all of its plans
    clock("2024-06-03T09:00:00+07:00");
    Plan plan = workflow.issued(new PlanRequest("Kế hoạch đếm tình hình thực hiện", "KH", ISSUER, null, POLICE, null,
        List.of(work(PROPAGANDA, "2024-06-10"), work(INSPECTION, "2024-06-04"), work(FRONT, "2024-06-30"),
            work(POLICE, "2024-06-05"), work(OFFICE, "thường xuyên")),
        List.of()));
    clock("2024-06-05T10:00:00+07:00");
    report(plan, PROPAGANDA);
    clock("2024-06-06T10:00:00+07:00");
    report(plan, INSPECTION);
    clock("2024-06-06T12:00:00+07:00");
  }

  @AfterEach
  void keepTheReportDay() {
    clock("2024-06-06T12:00:00+07:00");
  }

  @org.junit.jupiter.api.AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsEachUnitsAssignmentsByStatus() throws Exception {
    JsonNode report = json.readTree(http.getForObject("/api/reports/status?" + DAY, String.class));
    assertThat(counts(report, PROPAGANDA)).containsEntry("DONE_ON_TIME", 1).containsEntry("DONE_LATE", 0);
    assertThat(counts(report, INSPECTION)).containsEntry("DONE_LATE", 1);
    assertThat(counts(report, FRONT)).containsEntry("IN_PROGRESS_ON_TIME", 1);
    assertThat(counts(report, POLICE)).containsEntry("IN_PROGRESS_OVERDUE", 1);
    assertThat(counts(report, OFFICE)).containsEntry("ONGOING", 1);
    assertThat(report.get("at").asText()).as("the moment of the report, in Vietnam's time")
        .matches("2024-06-06T1[02]:00:00\\+07:00");
    JsonNode total = report.get("total");
    assertThat(total.get("total").asInt()).isEqualTo(5);
    for (String status : List.of("IN_PROGRESS_ON_TIME", "IN_PROGRESS_OVERDUE", "DONE_ON_TIME", "DONE_LATE", "ONGOING")) {
      assertThat(total.get("counts").get(status).asInt()).as(status).isEqualTo(1);
    }
  }

  @Test
  void filtersByUnitAndPeriod() throws Exception {
    JsonNode one = json.readTree(http.getForObject("/api/reports/status?" + DAY + "&unit=" + POLICE, String.class));
    assertThat(one.get("units")).hasSize(1);
    assertThat(one.get("total").get("total").asInt()).isEqualTo(1);
    JsonNode before = json.readTree(http.getForObject(
        "/api/reports/status?from=2024-06-01&to=2024-06-02&issuer=" + ISSUER, String.class));
    assertThat(before.get("total").get("total").asInt()).isZero();
  }

  @Test
  void aUnitCountsOnlyItsOwnAssignments() throws Exception {
    JsonNode report = json.readTree(rest.withBasicAuth("tuyengiao", "demo")
        .getForObject("/api/reports/status?" + DAY, String.class));
    assertThat(report.get("units")).singleElement()
        .satisfies(row -> assertThat(row.get("unit").asText()).isEqualTo(PROPAGANDA));
    assertThat(report.get("total").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void exportsCsvForAVietnameseExcel() {
    ResponseEntity<String> csv = http.getForEntity("/api/reports/status?format=csv&" + DAY, String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0)).contains("đang thực hiện trong hạn (IN_PROGRESS_ON_TIME)")
        .contains("hoàn thành quá hạn (DONE_LATE)");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .isEqualTo(INSPECTION + ";Ủy ban Kiểm tra Tỉnh ủy;0;0;0;1;0;1;0;0;0"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("*;Tổng cộng;1;1;1;1;1;5;0;0;0");
  }

  @Test
  void rejectsBadFilters() {
    assertThat(http.getForEntity("/api/reports/status?unit=khong-co", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/status?from=2024-13-01", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/status?from=2024-06-05&to=2024-06-01", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/status?format=pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private Map<String, Integer> counts(JsonNode report, String unit) {
    for (JsonNode row : report.get("units")) {
      if (row.get("unit").asText().equals(unit)) {
        return json.convertValue(row.get("counts"),
            json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
      }
    }
    throw new AssertionError("no row for " + unit + " in " + report);
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
