package vn.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.FRONT;
import static vn.kehoach.support.PlanFixtures.INSPECTION;
import static vn.kehoach.support.PlanFixtures.OFFICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * {@code PUT /api/plans/{id}}: the drafting unit edits its draft, with optimistic locking (ETag, If-Match), while
 * drafting only, and every edit goes into the plan's history with who made it and what it changed.
 */
@IntegrationTest
class PlanEditApiTest {

  /** The drafter of the fixture plans: Đảng ủy Công an tỉnh. */
  private static final String DRAFTER = "congan";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Workflow workflow;
  @Autowired RuntimeService runtime;

  @Test
  void theDrafterEditsReturnedDraftsAgainAndTheHistoryListsEveryEdit() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sẽ được sửa"));
    ResponseEntity<String> read = read(DRAFTER, plan.id());
    assertThat(read.getHeaders().getETag()).isEqualTo("\"" + plan.version() + "\"");
    assertThat(body(read).get("version").asInt()).isEqualTo(plan.version());
    assertThat(body(read).get("returnComment").isNull()).isTrue();
    List<Long> assignmentIds = plan.assignments().stream().map(Assignment::id).toList();

    ObjectNode edit = request("Kế hoạch đã sửa lần một");
    ((ObjectNode) edit.get("assignments").get(1)).put("deadline", "trong quý III/2027");
    ((ArrayNode) edit.get("assignments")).add(assignment(OFFICE, "Theo dõi, tổng hợp kết quả", "trong năm 2027"));
    ((ArrayNode) edit.get("recipients")).remove(0);
    ResponseEntity<String> edited = put(DRAFTER, plan.id(), edit, read.getHeaders().getETag());

    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(edited.getHeaders().getETag()).isEqualTo("\"" + (plan.version() + 1) + "\"");
    JsonNode stored = body(read(DRAFTER, plan.id()));
    assertThat(stored.get("title").asText()).isEqualTo("Kế hoạch đã sửa lần một");
    assertThat(stored.get("assignments")).hasSize(4);
    assertThat(stored.get("assignments").get(1).get("deadline").asText()).isEqualTo("trong quý III/2027");
    assertThat(stored.get("assignments").get(1).get("dueDate").asText()).isEqualTo("2027-09-30");
    List<Long> storedIds = new ArrayList<>();
    stored.get("assignments").forEach(a -> storedIds.add(a.get("id").asLong()));
    assertThat(storedIds.subList(0, 3)).as("kept positions keep their rows").isEqualTo(assignmentIds);
    assertThat(stored.get("recipients")).hasSize(3);
    assertThat(lastEvent(stored).get("step").asText()).isEqualTo("EDIT");
    assertThat(lastEvent(stored).get("by").asText()).isEqualTo(DRAFTER);
    assertThat(lastEvent(stored).get("comment").asText())
        .isEqualTo("Sửa: tiêu đề, nhiệm vụ 2 (thời hạn), thêm nhiệm vụ 4, nơi nhận");
    Map<String, Object> variables = runtime.getVariables(plan.processInstanceId());
    assertThat(variables).containsEntry("planTitle", "Kế hoạch đã sửa lần một")
        .containsEntry("planShortTitle", "Kế hoạch đã sửa lần một");
    assertThat((String) variables.get("assignmentsText")).contains("4. Văn phòng Tỉnh ủy (Chủ trì): Theo dõi, tổng hợp",
        "trong quý III/2027 (hạn 30/09/2027)");
    assertThat(workflow.task(plan, Elements.DRAFT).getName())
        .isEqualTo("Soạn thảo (dự thảo) — BTV Tỉnh ủy: Kế hoạch đã sửa lần một");

    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(plan, Elements.REVIEW, "RETURN", "Bổ sung nhiệm vụ của Ủy ban Kiểm tra");
    read = read(DRAFTER, plan.id());
    assertThat(body(read).get("state").asText()).isEqualTo("DRAFTING");
    assertThat(body(read).get("returnComment").asText()).isEqualTo("Bổ sung nhiệm vụ của Ủy ban Kiểm tra");
    assertThat(put(DRAFTER, plan.id(), edit, edited.getHeaders().getETag()).getStatusCode())
        .as("the return moved the version on").isEqualTo(HttpStatus.PRECONDITION_FAILED);

    ObjectNode second = request("Kế hoạch đã sửa lần một");
    ((ObjectNode) second.get("assignments").get(0)).put("unit", INSPECTION);
    ((ObjectNode) second.get("assignments").get(1)).put("deadline", "trong quý III/2027");
    ((ArrayNode) second.get("recipients")).remove(0);
    assertThat(put("demo", plan.id(), second, read.getHeaders().getETag()).getStatusCode())
        .as("an admin edits too").isEqualTo(HttpStatus.OK);
    stored = body(read(DRAFTER, plan.id()));
    assertThat(stored.get("assignments")).hasSize(3);
    assertThat(stored.get("assignments").get(0).get("unit").get("id").asText()).isEqualTo(INSPECTION);
    assertThat(lastEvent(stored).get("comment").asText()).isEqualTo("Sửa: nhiệm vụ 1 (đơn vị), bỏ nhiệm vụ 4");

    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(plan, Elements.REVIEW, "APPROVE", null);
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    read = read(DRAFTER, plan.id());
    stored = body(read);
    assertThat(stored.get("state").asText()).isEqualTo("IN_EXECUTION");
    assertThat(stored.get("assignments").findValues("unit").stream().map(u -> u.get("id").asText()).toList())
        .containsExactly(INSPECTION, INSPECTION, FRONT);
    List<String> edits = new ArrayList<>();
    stored.get("history").forEach(e -> {
      if (e.get("step").asText().equals("EDIT")) {
        edits.add(e.get("by").asText() + ": " + e.get("comment").asText());
      }
    });
    assertThat(edits).containsExactly(
        "congan: Sửa: tiêu đề, nhiệm vụ 2 (thời hạn), thêm nhiệm vụ 4, nơi nhận",
        "demo: Sửa: nhiệm vụ 1 (đơn vị), bỏ nhiệm vụ 4");

    ResponseEntity<String> tooLate = put(DRAFTER, plan.id(), second, read.getHeaders().getETag());
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(tooLate)).startsWith("Chỉ sửa được kế hoạch khi đang soạn thảo");
  }

  @Test
  void ofTwoEditsFromTheSameVersionExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa cùng lúc " + round));
        String etag = read(DRAFTER, plan.id()).getHeaders().getETag();
        ObjectNode first = request("Bản sửa thứ nhất " + round);
        ObjectNode second = request("Bản sửa thứ hai " + round);
        ((ObjectNode) second.get("assignments").get(2)).put("task", "Nhiệm vụ theo bản thứ hai");
        ((ArrayNode) second.get("assignments")).add(assignment(OFFICE, "Nhiệm vụ thêm theo bản thứ hai", "thường xuyên"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<String>>> answers = List.of(first, second).stream()
            .map(body -> CompletableFuture.supplyAsync(() -> {
              awaitQuietly(start);
              return put(DRAFTER, plan.id(), body, etag);
            }, threads)).toList();
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (CompletableFuture<ResponseEntity<String>> answer : answers) {
          statuses.add(HttpStatus.valueOf(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()));
        }

        assertThat(statuses).as("round %d: %s", round, statuses).containsOnlyOnce(HttpStatus.OK);
        HttpStatus loser = statuses.get(statuses.get(0) == HttpStatus.OK ? 1 : 0);
        assertThat(loser).isIn(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED);
        ObjectNode winner = statuses.get(0) == HttpStatus.OK ? first : second;
        JsonNode stored = body(read(DRAFTER, plan.id()));
        assertThat(stored.get("title").asText()).isEqualTo(winner.get("title").asText());
        assertThat(stored.get("assignments").findValuesAsText("task"))
            .isEqualTo(winner.get("assignments").findValuesAsText("task"));
        assertThat(stored.get("version").asInt()).isEqualTo(plan.version() + 1);
        assertThat(events(plan.id(), "EDIT")).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void anEditNeedsTheCurrentVersion() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa không kèm phiên bản"));
    ObjectNode edit = request("Tên mới không được lưu");

    ResponseEntity<String> missing = put(DRAFTER, plan.id(), edit, null);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    assertThat(message(missing)).startsWith("Thiếu header If-Match");
    ResponseEntity<String> stale = put(DRAFTER, plan.id(), edit, "\"" + (plan.version() + 7) + "\"");
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    assertThat(message(stale)).startsWith("Kế hoạch đã được sửa sau lần đọc của bạn");
    assertThat(put(DRAFTER, plan.id(), edit, "W/\"" + plan.version() + "\"").getStatusCode())
        .as("a weak tag does not match strongly").isEqualTo(HttpStatus.PRECONDITION_FAILED);
    assertUnchanged(plan);
  }

  @Test
  void onlyTheDraftingUnitOrAnAdminEdits() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch chỉ đơn vị soạn thảo được sửa"));
    String etag = "\"" + plan.version() + "\"";
    ObjectNode edit = request("Tên do đơn vị khác sửa");

    for (String participant : List.of("tuyengiao", "vanphong", "phobithu")) {
      ResponseEntity<String> refused = put(participant, plan.id(), edit, etag);
      assertThat(refused.getStatusCode()).as(participant).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(refused)).contains("dang-uy-cong-an-tinh");
    }
    ResponseEntity<String> outsider = put("ubndphuong", plan.id(), edit, etag);
    assertThat(outsider.getStatusCode()).as("a unit outside the plan does not learn it exists")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertUnchanged(plan);
  }

  @Test
  void aBadEditIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa sai"));
    String etag = "\"" + plan.version() + "\"";

    ObjectNode unknownUnit = request("Tên mới");
    ((ObjectNode) unknownUnit.get("assignments").get(0)).put("unit", "ban-khong-co");
    assertRefused(put(DRAFTER, plan.id(), unknownUnit, etag), "assignments[0].unit", "đơn vị không có");
    ObjectNode noAssignments = request("Tên mới");
    noAssignments.set("assignments", json.createArrayNode());
    assertRefused(put(DRAFTER, plan.id(), noAssignments, etag), "assignments", "chưa phân công");
    ObjectNode otherIssuer = request("Tên mới");
    otherIssuer.put("issuer", "dang-uy-phuong");
    assertRefused(put(DRAFTER, plan.id(), otherIssuer, etag), "issuer", "không đổi được cơ quan ban hành");
    ObjectNode otherDrafter = request("Tên mới");
    otherDrafter.put("drafter", OFFICE);
    assertRefused(put(DRAFTER, plan.id(), otherDrafter, etag), "drafter", "không đổi được đơn vị soạn thảo");
    ObjectNode wrongType = request("Tên mới");
    ((ObjectNode) wrongType.get("assignments").get(0)).put("role", "BOSS");
    assertRefused(put(DRAFTER, plan.id(), wrongType, etag), "assignments[0].role", "");
    assertUnchanged(plan);
  }

  @Test
  void anEditThatChangesNothingRecordsNothingAndALeftOutDrafterStays() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa mà không đổi gì"));
    String etag = "\"" + plan.version() + "\"";

    ResponseEntity<String> same = put(DRAFTER, plan.id(), request("Kế hoạch sửa mà không đổi gì"), etag);
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(same.getHeaders().getETag()).isEqualTo(etag);
    assertUnchanged(plan);

    ObjectNode otherMonitor = request("Kế hoạch sửa mà không đổi gì");
    otherMonitor.put("monitoringUnit", OFFICE); // no drafter in the body: it stays, rather than following
    ResponseEntity<String> edited = put(DRAFTER, plan.id(), otherMonitor, etag);
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(body(edited).get("drafter").get("id").asText()).isEqualTo(plan.drafter());
    assertThat(body(edited).get("monitoringUnit").get("id").asText()).isEqualTo(OFFICE);
    assertThat(lastEvent(body(edited)).get("comment").asText()).isEqualTo("Sửa: đơn vị theo dõi");
    assertThat(runtime.getVariable(plan.processInstanceId(), "monitoringName")).isEqualTo("Văn phòng Tỉnh ủy");
  }

  @Test
  void aDeadlineCorrectionIsAnEditOfThePlan() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa một thời hạn"));
    long second = plan.assignments().get(1).id();
    ResponseEntity<String> corrected = exchange(DRAFTER, HttpMethod.PUT,
        "/api/plans/" + plan.id() + "/assignments/" + second + "/deadline", "{\"deadline\": \"trong tháng 3/2027\"}",
        null);
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getHeaders().getETag()).as("the ETag follows every change")
        .isEqualTo("\"" + (plan.version() + 1) + "\"");
    assertThat(lastEvent(body(corrected)).get("comment").asText()).isEqualTo("Sửa: nhiệm vụ 2 (thời hạn)");
    assertThat(lastEvent(body(corrected)).get("by").asText()).isEqualTo(DRAFTER);
    assertThat((String) runtime.getVariable(plan.processInstanceId(), "assignmentsText"))
        .contains("trong tháng 3/2027 (hạn 31/03/2027)");
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** The fixture plan as the body of an edit, with another title. */
  @Test
  void reviewDatesAreValidatedStoredShownAndNamedInTheEditRemark() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch có ngày sơ kết, tổng kết"));
    ResponseEntity<String> read = read(DRAFTER, plan.id());
    assertThat(body(read).get("interimReviewOn").isNull()).isTrue();

    ObjectNode wrong = request("Kế hoạch có ngày sơ kết, tổng kết");
    wrong.put("interimReviewOn", "2099-06-30").put("finalReviewOn", "2099-06-01");
    assertRefused(put(DRAFTER, plan.id(), wrong, read.getHeaders().getETag()), "finalReviewOn", "sau ngày sơ kết");
    ObjectNode past = request("Kế hoạch có ngày sơ kết, tổng kết");
    past.put("interimReviewOn", "2020-01-01");
    assertRefused(put(DRAFTER, plan.id(), past, read.getHeaders().getETag()), "interimReviewOn", "ngày sơ kết");

    ObjectNode edit = request("Kế hoạch có ngày sơ kết, tổng kết");
    edit.put("interimReviewOn", "2099-06-30").put("finalReviewOn", "2099-12-15");
    ResponseEntity<String> edited = put(DRAFTER, plan.id(), edit, read.getHeaders().getETag());
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode stored = body(read(DRAFTER, plan.id()));
    assertThat(stored.get("interimReviewOn").asText()).isEqualTo("2099-06-30");
    assertThat(stored.get("finalReviewOn").asText()).isEqualTo("2099-12-15");
    assertThat(lastEvent(stored).get("comment").asText()).isEqualTo("Sửa: ngày sơ kết, ngày tổng kết");
  }

  private ObjectNode request(String title) {
    ObjectNode body = json.valueToTree(PlanFixtures.provincialPlan(title));
    body.remove("drafter");
    return body;
  }

  private ObjectNode assignment(String unit, String task, String deadline) {
    return json.createObjectNode().put("unit", unit).put("role", "LEAD").put("task", task).put("deadline", deadline);
  }

  private ResponseEntity<String> read(String user, long id) {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity("/api/plans/" + id, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return response;
  }

  private ResponseEntity<String> put(String user, long id, JsonNode body, String ifMatch) {
    return exchange(user, HttpMethod.PUT, "/api/plans/" + id, body.toString(), ifMatch);
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String uri, String body, String ifMatch) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      headers.setIfMatch(ifMatch);
    }
    return rest.withBasicAuth(user, "demo").exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return body(response).get("message").asText();
  }

  private static JsonNode lastEvent(JsonNode plan) {
    return plan.get("history").get(plan.get("history").size() - 1);
  }

  private void assertRefused(ResponseEntity<String> response, String field, String words) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(response).get("errors").findValuesAsText("field")).as(response.getBody()).contains(field);
    assertThat(response.getBody()).contains(words);
  }

  /** As created: same version, title and assignments, no edit in the history, the form still shows the old title. */
  private void assertUnchanged(Plan plan) {
    Plan now = workflow.reload(plan);
    assertThat(now.version()).isEqualTo(plan.version());
    assertThat(now.title()).isEqualTo(plan.title());
    assertThat(now.assignments()).isEqualTo(plan.assignments());
    assertThat(now.recipients()).isEqualTo(plan.recipients());
    assertThat(events(plan.id(), "EDIT")).isZero();
    assertThat(runtime.getVariable(plan.processInstanceId(), "planTitle")).isEqualTo(plan.title());
  }

  private long events(long planId, String step) {
    return jdbc.sql("select count(*) from plan_event where plan_id = :plan and step = :step")
        .param("plan", planId).param("step", step).query(Long.class).single();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
