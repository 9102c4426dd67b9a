package vn.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;

/** The plans API over HTTP, including every way a request can be wrong. */
@IntegrationTest
class PlanApiTest {

  @Autowired TestRestTemplate rest;
  private TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void logIn() {
    http = rest.withBasicAuth("congan", "demo");
  }

  /** The same API as another demo user. */
  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  @Test
  void createsAPlanAndStartsItsLifecycle() throws Exception {
    ResponseEntity<String> created = post(json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch qua API")));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    long id = body.get("id").asLong();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/plans/" + id);
    assertThat(body.get("processInstanceId").asText()).isNotBlank();
    assertThat(body.get("state").asText()).isEqualTo("DRAFTING");

    JsonNode plan = json.readTree(http.getForObject("/api/plans/" + id, String.class));
    assertThat(plan.get("title").asText()).isEqualTo("Kế hoạch qua API");
    assertThat(plan.get("state").asText()).isEqualTo("DRAFTING");
    assertThat(plan.get("stateLabel").asText()).isEqualTo("Đang soạn thảo");
    assertThat(plan.get("number").isNull()).isTrue();
    assertThat(plan.get("issuer").get("name").asText()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(plan.get("drafter").get("id").asText()).as("drafter defaults to the monitoring unit")
        .isEqualTo("dang-uy-cong-an-tinh");
    JsonNode first = plan.get("assignments").get(0);
    assertThat(first.get("unit").get("id").asText()).isEqualTo("ban-tuyen-giao-dan-van");
    assertThat(first.get("deadline").asText()).isEqualTo("trong tháng 4/2026");
    assertThat(first.get("dueDate").asText()).isEqualTo("2026-04-30");
    assertThat(first.get("lateFrom").asText()).isEqualTo("2026-05-01T00:00:00+07:00");
    assertThat(first.get("done").asBoolean()).isFalse();
    assertThat(plan.get("assignments").get(1).get("deadlineKind").asText()).isEqualTo("ONGOING");
    assertThat(plan.get("assignments").get(1).get("dueDate").isNull()).isTrue();
    assertThat(plan.get("recipients")).hasSize(4);
    assertThat(plan.get("implementsDocuments").get(0).get("number").asText()).isEqualTo("02-CT/TW");

    JsonNode engineTask = json.readTree(http.getForObject("/engine-rest/task?processInstanceBusinessKey=" + id,
        String.class)).get(0);
    assertThat(engineTask.get("taskDefinitionKey").asText()).isEqualTo("Task_DraftPlan");
    JsonNode form = json.readTree(http.getForObject("/engine-rest/task/" + engineTask.get("id").asText()
        + "/deployed-form", String.class));
    assertThat(form.get("id").asText()).isEqualTo("form-draft");
  }

  @Test
  void theSeedPlanOfTheWardIsAccepted() throws Exception {
    String seed = new String(getClass().getResourceAsStream("/demo/seed-001-plan.json").readAllBytes());
    http = as("caphuong"); // the ward's police cell drafts the ward's plan
    ResponseEntity<String> created = post(seed);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode plan = json.readTree(http.getForObject(created.getHeaders().getLocation(), String.class));
    assertThat(plan.get("assignments")).hasSize(7);
    assertThat(plan.get("recipients")).hasSize(8);
    assertThat(plan.get("issuer").get("id").asText()).isEqualTo("dang-uy-phuong");
  }

  @Test
  void aPlanWithManyLongAssignmentsStartsAndKeepsEveryAssignmentInFull() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch có 60 nhiệm vụ"));
    com.fasterxml.jackson.databind.node.ArrayNode assignments = json.createArrayNode();
    String longTask = "Tổ chức tuyên truyền, kiểm tra, hướng dẫn công tác PCCC và CNCH tại các cơ sở. ".repeat(4);
    for (int i = 0; i < 60; i++) {
      assignments.add(json.createObjectNode().put("unit", "ban-tuyen-giao-dan-van").put("role", "LEAD")
          .put("task", i + ". " + longTask).put("deadline", "trong quý IV/2026"));
    }
    plan.set("assignments", assignments);
    ResponseEntity<String> created = post(json.writeValueAsString(plan));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode stored = json.readTree(http.getForObject(created.getHeaders().getLocation(), String.class));
    assertThat(stored.get("assignments")).hasSize(60);
    assertThat(stored.get("assignments").get(59).get("task").asText()).isEqualTo("59. " + longTask.strip());
  }

  @Test
  void listsPlansByStateAndUnit() throws Exception {
    long id = json.readTree(post(json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch để liệt kê"))).getBody())
        .get("id").asLong();

    assertThat(ids("/api/plans?state=DRAFTING")).contains(id);
    assertThat(ids("/api/plans?state=CLOSED")).doesNotContain(id);
    assertThat(ids("/api/plans?unit=uy-ban-kiem-tra-tinh-uy")).as("an assigned unit").contains(id);
    assertThat(ids("/api/plans?unit=van-phong-tinh-uy")).as("a recipient").contains(id);
    assertThat(ids("/api/plans?unit=ubnd-phuong")).doesNotContain(id);
  }

  @Test
  void listsUnitsWithTheirVietnameseNames() throws Exception {
    JsonNode units = json.readTree(http.getForObject("/api/units", String.class));
    assertThat(units.findValuesAsText("id")).contains("btv-tinh-uy", "van-phong-tinh-uy", "dang-uy-cong-an-tinh",
        "ban-tuyen-giao-dan-van", "uy-ban-kiem-tra-tinh-uy", "dang-uy-mttq-tinh", "dang-uy-phuong", "ubnd-phuong",
        "chi-bo-cong-an-phuong", "cac-chi-bo-truc-thuoc");
    assertThat(units.findValuesAsText("name")).contains("Văn phòng Tỉnh ủy", "Đảng ủy phường");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing title            | /title                                   | REMOVE        | title",
      "blank title              | /title                                   | '   '         | title",
      "unknown issuer           | /issuer                                  | tinh-uy-x     | issuer",
      "issuer that cannot issue | /issuer                                  | van-phong-tinh-uy | issuer",
      "missing monitoring unit  | /monitoringUnit                          | REMOVE        | monitoringUnit",
      "unknown assigned unit    | /assignments/0/unit                      | ban-khong-co  | assignments[0].unit",
      "missing task             | /assignments/2/task                      | REMOVE        | assignments[2].task",
      "bad due date             | /assignments/0/dueDate                   | 2026-02-30    | assignments[0].deadline",
      "missing deadline         | /assignments/1/deadline                  | REMOVE        | assignments[1].deadline",
      "unknown recipient unit   | /recipients/1/unit                       | khong-co      | recipients[1].unit",
      "bad document type        | /type                                    | kế hoạch      | type",
  })
  void rejectsInvalidPlansNamingTheField(String why, String pointer, String value, String field) throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai: " + why));
    JsonNode parent = plan.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    if ("REMOVE".equals(value)) {
      ((ObjectNode) parent).remove(name);
    } else {
      ((ObjectNode) parent).put(name, value);
    }
    assertRejected(json.writeValueAsString(plan), field);
  }

  @Test
  void keepsADeadlineItCannotReadAsUnparsedRatherThanNoDeadline() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch có thời hạn chưa rõ"));
    ((ObjectNode) plan.get("assignments").get(0)).put("deadline", "khi có chỉ đạo").remove("dueDate");
    ResponseEntity<String> created = post(json.writeValueAsString(plan));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode first = json.readTree(http.getForObject(created.getHeaders().getLocation(), String.class))
        .get("assignments").get(0);
    assertThat(first.get("deadlineKind").asText()).isEqualTo("UNPARSED");
    assertThat(first.get("deadlineNote").asText()).isNotBlank();
    assertThat(first.get("dueDate").isNull()).isTrue();
  }

  @Test
  void rejectsAPlanWithoutAssignments() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch không có nhiệm vụ"));
    plan.set("assignments", json.createArrayNode());
    assertRejected(json.writeValueAsString(plan), "assignments");
    plan.remove("assignments");
    assertRejected(json.writeValueAsString(plan), "assignments");
  }

  @Test
  void rejectsWrongTypesAndUnknownFieldsNamingThem() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    ((ObjectNode) plan.get("assignments").get(1)).put("role", "BOSS");
    assertRejected(json.writeValueAsString(plan), "assignments[1].role");

    plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    plan.put("titel", "typo");
    assertRejected(json.writeValueAsString(plan), "titel");

    plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    plan.put("assignments", "UBND phường");
    assertRejected(json.writeValueAsString(plan), "assignments");

    plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    ((ObjectNode) plan.get("implements").get(0)).put("date", "31/01/2026");
    assertRejected(json.writeValueAsString(plan), "implements[0].date");
  }

  @Test
  void rejectsMalformedJson() {
    assertRejected("{\"title\": \"Kế hoạch\", \"assignments\": [", "body");
    assertRejected("", "body");
  }

  @Test
  void answersNotFoundForAnUnknownPlanAndBadRequestForABadId() throws Exception {
    ResponseEntity<String> missing = http.getForEntity("/api/plans/987654321", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(missing.getBody()).get("message").asText()).contains("987654321");

    ResponseEntity<String> notANumber = http.getForEntity("/api/plans/abc", String.class);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void rejectsBadListFilters() throws Exception {
    assertThat(http.getForEntity("/api/plans?state=FINISHED", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> unknownUnit = http.getForEntity("/api/plans?unit=khong-co", String.class);
    assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknownUnit.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("unit");
    assertThat(http.getForEntity("/api/plans?limit=0", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void servesTheCamundaWebappsAndRestApi() throws Exception {
    assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/camunda/app/cockpit/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode engines = json.readTree(http.getForObject("/engine-rest/engine", String.class));
    assertThat(engines.get(0).get("name").asText()).isEqualTo("default");
    JsonNode definitions = json.readTree(http.getForObject("/engine-rest/process-definition?latestVersion=true",
        String.class));
    assertThat(definitions.findValuesAsText("key")).contains("plan-lifecycle", "assignment");
  }

  @Test
  void engineRestRefusesADecisionWithoutItsCommentWith400() throws Exception {
    long id = json.readTree(post(json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch qua engine-rest")))
        .getBody()).get("id").asLong();
    String draft = json.readTree(http.getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, String.class))
        .get(0).get("id").asText();
    ResponseEntity<String> unfinished = postJson("/engine-rest/task/" + draft + "/complete", "{}");
    assertThat(unfinished.getStatusCode()).as("a draft not marked finished").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unfinished.getBody()).get("message").asText())
        .startsWith("Đánh dấu 'Dự thảo đã hoàn chỉnh' để trình thẩm định").doesNotContain("ENGINE-");
    assertThat(postJson("/engine-rest/task/" + draft + "/complete",
        "{\"variables\": {\"draftReady\": {\"value\": false}}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("/engine-rest/task/" + draft + "/complete",
        "{\"variables\": {\"draftReady\": {\"value\": true}}}").getStatusCode().value()).isEqualTo(204);
    http = as("vanphong"); // the office reviews
    String review = json.readTree(http.getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, String.class))
        .get(0).get("id").asText();

    ResponseEntity<String> refused = postJson("/engine-rest/task/" + review + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"RETURN\"}}}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).isEqualTo("Phải ghi ý kiến khi trả lại hoặc không đồng ý (comment is required with RETURN)");

    ResponseEntity<String> unknownTask = postJson("/engine-rest/task/no-such-task/complete", "{}");
    assertThat(unknownTask.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(postJson("/engine-rest/task/" + review + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"RETURN\"}, \"comment\": {\"value\": \"Sửa\"}}}")
        .getStatusCode().value()).isEqualTo(204);
  }

  private ResponseEntity<String> postJson(String uri, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(uri, new HttpEntity<>(body, headers), String.class);
  }

  /** The request fails with 400 naming the field, and nothing at all is stored. */
  private void assertRejected(String body, String field) {
    long plansBefore = count("plan");
    long assignmentsBefore = count("assignment");
    long instancesBefore = count("ACT_RU_EXECUTION");
    ResponseEntity<String> response = post(body);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    try {
      JsonNode error = json.readTree(response.getBody());
      assertThat(error.get("message").asText()).isNotBlank();
      assertThat(error.get("errors").findValuesAsText("field")).as(response.getBody()).contains(field);
    } catch (java.io.IOException e) {
      throw new AssertionError("error body is not JSON: " + response.getBody(), e);
    }
    assertThat(count("plan")).isEqualTo(plansBefore);
    assertThat(count("assignment")).isEqualTo(assignmentsBefore);
    assertThat(count("ACT_RU_EXECUTION")).isEqualTo(instancesBefore);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private ResponseEntity<String> post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity("/api/plans", new HttpEntity<>(body, headers), String.class);
  }

  private List<Long> ids(String uri) throws Exception {
    ArrayNode plans = (ArrayNode) json.readTree(http.getForObject(uri, String.class));
    return plans.findValues("id").stream().map(JsonNode::asLong).toList();
  }
}
