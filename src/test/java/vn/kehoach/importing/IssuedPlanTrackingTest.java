package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * End to end: a plan issued elsewhere is taken in through the API, followed in the engine to an escalation on a
 * deadline already past when it arrived, and to its closing. The engine clock is moved, never slept on.
 */
@IntegrationTest
class IssuedPlanTrackingTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * Seed 004: a real plan of the Đảng ủy Khối các cơ quan và doanh nghiệp (37-KH/ĐUK, 01/11/2021), outside the demo
   * organisation, whose two tasks carry no deadline: the office writes one for each ("trong tháng 12/2021", already
   * past when it takes the plan in on 20/01/2022, and "trong quý I/2022") and leaves the third, the Đảng ủy Khối's own
   * office's, out.
   */
  @Test
  void aPartyPlanIssuedElsewhereIsFollowedToEscalationAndClosing() throws Exception {
    clock("2022-01-20T09:00:00+07:00");
    ResponseEntity<String> taken = post("vanphong", "issued=true&assign=0:cac-dang-uy-truc-thuoc"
        + "&deadline=0:trong tháng 12/2021&assign=1:ban-tuyen-giao-dan-van&deadline=1:trong quý I/2022&drop=2",
        ImportFixtures.seed("004_b87cf12effb29d41.txt"));
    assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);
    Plan plan = plans.get(json.readTree(taken.getBody()).get("id").asLong());
    assertThat(plan.number().text()).isEqualTo("37-KH/ĐUK");
    assertThat(plan.externalIssuer()).isEqualTo("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP");
    assertThat(workflow.tasks(plan, Elements.DRAFT)).as("no drafting for a plan issued elsewhere").isEmpty();
    assertThat(workflow.tasks(plan, Elements.SIGN)).isEmpty();
    assertThat(workflow.tasks(plan, Elements.ACKNOWLEDGE)).as("recipients in the organisation acknowledge it")
        .isNotEmpty().allMatch(task -> task.getName().startsWith("Tiếp nhận 37-KH/ĐUK — ĐẢNG ỦY KHỐI CÁC CƠ QUAN"));

    int fired = workflow.fireDueTimers(plan);
    assertThat(fired).as("the past deadline's reminder and escalations fire at once").isGreaterThanOrEqualTo(2);
    JsonNode view = view(plan);
    JsonNode late = view.get("assignments").get(0);
    assertThat(late.get("dueDate").asText()).isEqualTo("2021-12-31");
    assertThat(late.get("status").asText()).isEqualTo("IN_PROGRESS_OVERDUE");
    assertThat(late.get("escalatedAt").isNull()).as("escalated to the monitoring unit").isFalse();
    assertThat(late.get("escalatedToSignerAt").isNull()).as("and, past the grace days, to the signer").isFalse();
    JsonNode onTime = view.get("assignments").get(1);
    assertThat(onTime.get("status").asText()).isEqualTo("IN_PROGRESS_ON_TIME");
    assertThat(onTime.get("escalatedAt").isNull()).isTrue();

    closeAfterReports(plan, "2022-02-10T09:00:00+07:00");
    view = view(plan);
    assertThat(view.get("state").asText()).isEqualTo("CLOSED");
    assertThat(view.get("assignments").get(0).get("status").asText()).isEqualTo("DONE_LATE");
    assertThat(view.get("assignments").get(1).get("status").asText()).isEqualTo("DONE_ON_TIME");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey()).count()).isZero();
  }

  /**
   * A real State plan: Quyết định 435/QĐ-UBND of the Ủy ban nhân dân tỉnh Kon Tum (04/05/2020) issuing its action
   * programme, a document of the corpus (s-qd-ubnd-kon-tum-2020-435, whole text; source in its .json). The ward
   * People's Committee office takes it in on 15/07/2020. A first send lists every body it could not match (422,
   * nothing stored); the office then keeps the two tasks of "Ủy ban nhân dân các huyện, thành phố" with a dated
   * deadline, one "trong quý II/2020" (already past) and one "trong quý III/2020", for its own committee, and
   * drops the rest explicitly.
   */
  @Test
  void aStatePlanIssuedElsewhereIsFollowedToEscalationAndClosing() throws Exception {
    clock("2020-07-15T09:00:00+07:00");
    String text = new String(ImportFixtures.resource("/import/corpus/s-qd-ubnd-kon-tum-2020-435.txt"),
        StandardCharsets.UTF_8);
    ResponseEntity<String> first = post("vpubnd", "issued=true", text);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    JsonNode answer = json.readTree(first.getBody());
    assertThat(answer.get("document").get("number").asText()).isEqualTo("435/QĐ-UBND");
    assertThat(answer.get("document").get("issuer").asText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");

    StringBuilder choices = new StringBuilder("issued=true");
    List<String> kept = new ArrayList<>();
    for (JsonNode read : answer.get("assignmentsRead")) {
      int index = read.get("index").asInt();
      String body = read.get("body").get("asWritten").asText();
      String deadline = read.get("deadline").isNull() ? "" : read.get("deadline").get("asWritten").asText("");
      boolean districts = body.toLowerCase().contains("các huyện, thành phố");
      if (districts && (deadline.startsWith("Thực hiện thường xuyên, riêng") && deadline.endsWith("trong quý II/2020")
          || deadline.equals("Hoàn thành trong quý III/2020"))) {
        choices.append("&assign=").append(index).append(":ubnd-phuong");
        kept.add(deadline);
      } else {
        choices.append("&drop=").append(index);
      }
    }
    assertThat(kept).as("the two dated tasks of the districts' committees are read").hasSize(2);

    ResponseEntity<String> taken = post("vpubnd", choices.toString(), text);
    assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);
    Plan plan = plans.get(json.readTree(taken.getBody()).get("id").asLong());
    assertThat(plan.number().text()).isEqualTo("435/QĐ-UBND");
    assertThat(plan.issuedElsewhere()).isTrue();
    assertThat(plan.externalIssuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    assertThat(plan.issuer()).as("followed for the ward's People's Committee").isEqualTo("ubnd-phuong");
    assertThat(workflow.tasks(plan, Elements.DRAFT)).isEmpty();

    workflow.fireDueTimers(plan);
    JsonNode view = view(plan, "vpubnd");
    JsonNode late = assignmentDue(view, "2020-06-30");
    assertThat(late.get("status").asText()).isEqualTo("IN_PROGRESS_OVERDUE");
    assertThat(late.get("escalatedAt").isNull()).as("escalated to the monitoring unit").isFalse();
    JsonNode onTime = assignmentDue(view, "2020-09-30");
    assertThat(onTime.get("status").asText()).isEqualTo("IN_PROGRESS_ON_TIME");
    assertThat(onTime.get("escalatedAt").isNull()).isTrue();

    closeAfterReports(plan, "2020-08-03T09:00:00+07:00");
    view = view(plan, "vpubnd");
    assertThat(view.get("state").asText()).isEqualTo("CLOSED");
    assertThat(assignmentDue(view, "2020-06-30").get("status").asText()).isEqualTo("DONE_LATE");
    assertThat(assignmentDue(view, "2020-09-30").get("status").asText()).isEqualTo("DONE_ON_TIME");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey()).count()).isZero();
  }

  private static JsonNode assignmentDue(JsonNode view, String dueDate) {
    List<JsonNode> found = new ArrayList<>();
    view.get("assignments").forEach(a -> {
      if (dueDate.equals(a.get("dueDate").asText())) {
        found.add(a);
      }
    });
    assertThat(found).as("one assignment due " + dueDate + " in " + view.get("assignments")).hasSize(1);
    return found.get(0);
  }

  /** Every unit reports, every recipient acknowledges, the monitoring unit consolidates and the signer accepts. */
  private void closeAfterReports(Plan plan, String at) {
    clock(at);
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    List<Task> work = new ArrayList<>(workflow.workTasks(plan));
    assertThat(work).isNotEmpty();
    work.forEach(task -> workflow.report(task, "Đã triển khai thực hiện"));
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo kết quả thực hiện"));
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);
  }

  private JsonNode view(Plan plan) throws Exception {
    return view(plan, "vanphong");
  }

  private JsonNode view(Plan plan, String user) throws Exception {
    return json.readTree(rest.withBasicAuth(user, "demo").getForObject("/api/plans/" + plan.id(),
        String.class));
  }

  private ResponseEntity<String> post(String user, String query, String text) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
    return rest.withBasicAuth(user, "demo").postForEntity("/api/plans/import?" + query, new HttpEntity<>(text, headers),
        String.class);
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
  }
}
