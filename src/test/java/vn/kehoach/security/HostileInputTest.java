package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/** Hostile and malformed input on the domain API: a clear error, and nothing stored by a rejected request. */
@IntegrationTest
class HostileInputTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  @Test
  void anOversizedBodyGets413AndNothingIsStored() throws Exception {
    long before = plans();
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch quá lớn"));
    ((ObjectNode) plan.get("assignments").get(0)).put("task", "x".repeat(1_100_000));
    ResponseEntity<String> response = post(json.writeValueAsString(plan));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains("1048576");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyWithoutADeclaredLengthIsStoppedWhileReading() throws Exception {
    long before = plans();
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/plans").toURL()
        .openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setChunkedStreamingMode(8192);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("congan:demo".getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = connection.getOutputStream()) {
      out.write("{\"title\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "y".repeat(8192).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        out.write(chunk);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(connection.getResponseCode()).isEqualTo(413);
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void scriptAndHtmlAreStoredAndReturnedAsText() throws Exception {
    String title = "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"> Kế hoạch & \"trích dẫn\"";
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan(title));
    ((ObjectNode) plan.get("assignments").get(0)).put("task", "<b onclick=alert(2)>Tuyên truyền</b>");
    ResponseEntity<String> created = post(json.writeValueAsString(plan));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> read = as("congan").getForEntity(created.getHeaders().getLocation(), String.class);
    assertThat(read.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode stored = json.readTree(read.getBody());
    assertThat(stored.get("title").asText()).isEqualTo(title);
    assertThat(stored.get("assignments").get(0).get("task").asText()).isEqualTo("<b onclick=alert(2)>Tuyên truyền</b>");
  }

  @Test
  void sqlMetacharactersAreHarmless() throws Exception {
    String title = "Kế hoạch'); drop table plan; -- \" or 1=1 --";
    ResponseEntity<String> created = post(json.writeValueAsString(PlanFixtures.provincialPlan(title)));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(as("congan").getForObject(created.getHeaders().getLocation(), String.class))
        .get("title").asText()).isEqualTo(title);
    ResponseEntity<String> filter = as("congan").getForEntity("/api/plans?unit=x' or '1'='1", String.class);
    assertThat(filter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(plans()).isPositive();
  }

  @Test
  void wrongTypesAndMalformedJsonNameTheProblemAndStoreNothing() throws Exception {
    long before = plans();
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    plan.put("recipients", 42);
    ResponseEntity<String> wrongType = post(json.writeValueAsString(plan));
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(wrongType.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("recipients");
    ResponseEntity<String> malformed = post("{\"title\": \"Kế hoạch\", ");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> notJson = as("congan").postForEntity("/api/plans",
        new HttpEntity<>("title=x", headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(plans()).isEqualTo(before);
  }

  // --- text hygiene (pentest: "titles keep NUL, right-to-left override and zero-width characters, and these reach
  // task names") --------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "202E | /title                  | title",
      "0000 | /title                  | title",
      "2066 | /title                  | title",
      "001B | /assignments/0/task     | assignments[0].task",
      "200F | /assignments/1/deadline | assignments[1].deadline",
      "0085 | /recipients/0/name      | recipients[0].name",
      "202D | /implements/0/title     | implements[0].title",
      "0007 | /implements/0/number    | implements[0].number",
  })
  void aControlOrBidiCharacterIsRefusedNamingFieldAndCharacterAndNothingIsStored(String hex, String pointer,
                                                                                  String field) throws Exception {
    long before = plans();
    String character = Character.toString(Integer.parseInt(hex, 16));
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch có ký tự ẩn U+" + hex));
    ObjectNode parent = (ObjectNode) plan.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    parent.put(name, "Kế hoạch" + character + " PCCC " + parent.path(name).asText(""));
    ResponseEntity<String> refused = post(json.writeValueAsString(plan));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(refused.getBody());
    assertThat(error.get("errors")).hasSize(1);
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(error.get("errors").get(0).get("message").asText()).startsWith("Trường '" + field + "' chứa ký tự")
        .contains("U+" + hex, "(" + field + " contains the ");
    assertThat(plans()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from plan where title like ?").param("Kế hoạch có ký tự ẩn U+" + hex + "%")
        .query(Long.class).single()).isZero();
  }

  @Test
  void textsLongerThanTheirColumnsAreRefusedNamingTheFieldRatherThanFailingInTheDatabase() throws Exception {
    long before = plans();
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch có số văn bản quá dài"));
    ((ObjectNode) plan.get("implements").get(0)).put("number", "02-CT/TW".repeat(13)).put("title", "Chỉ thị ".repeat(251));
    ((ObjectNode) plan.get("assignments").get(0)).put("deadline", "trong tháng 4/2026 ".repeat(53)).remove("dueDate");
    ResponseEntity<String> refused = post(json.writeValueAsString(plan));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("assignments[0].deadline", "implements[0].number", "implements[0].title");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void zeroWidthCharactersAreDroppedAndDecomposedTextComposedBeforeTheyReachTheTasks() throws Exception {
    String clean = "Kế hoạch tuyên truyền PCCC và CNCH không ký tự ẩn";
    String hostile = Normalizer.normalize("Kế\u200B hoạch\u200D tuyên\uFEFF truyền\u2060 PCCC\u00AD và\u200C "
        + "CNCH không ký tự ẩn", Normalizer.Form.NFD);
    ObjectNode request = json.valueToTree(PlanFixtures.provincialPlan(hostile));
    ((ObjectNode) request.get("assignments").get(0)).put("task", "Tuyên\u200B truyền\u200B về PCCC");
    ResponseEntity<String> created = post(json.writeValueAsString(request));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(created.getBody()).get("id").asLong();
    JsonNode stored = json.readTree(as("congan").getForObject("/api/plans/" + id, String.class));
    assertThat(stored.get("title").asText()).isEqualTo(clean);
    assertThat(stored.get("assignments").get(0).get("task").asText()).isEqualTo("Tuyên truyền về PCCC");

    Plan plan = plans.get(id);
    List<String> names = new ArrayList<>(taskNames(plan));
    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    names.addAll(taskNames(plan));
    workflow.decide(plan, Elements.REVIEW, "APPROVE", null);
    names.addAll(taskNames(plan));
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    names.addAll(taskNames(plan));
    assertThat(names).as("drafting, review, signature, then acknowledgements and assignments").hasSizeGreaterThan(6)
        .allSatisfy(name -> {
          // a work task is named by its assignment's task, the others by the plan's title
          assertThat(name).contains(name.startsWith("Thực hiện nhiệm vụ") ? "—" : clean.substring(0, 20));
          assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.FORMAT || c == 0xAD)).isEmpty();
          assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
        });
  }

  @Test
  void aTaskCommentWithARightToLeftOverrideIsRefusedAndTheTaskStaysOpen() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch trả lại với ý kiến có ký tự đổi hướng"));
    workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    Task review = workflow.task(plan, Elements.REVIEW);
    int events = plans.get(plan.id()).history().size();
    String uri = "/engine-rest/task/" + review.getId();

    ResponseEntity<String> refused = engine("vanphong", HttpMethod.POST, uri + "/complete", Map.of("variables",
        Map.of("decision", Map.of("value", "RETURN"), "comment", Map.of("value", "Sửa lại \u202Etrang 2"))));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("Trường 'comment' chứa ký tự đổi hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE)");
    // kept for later, then completed without it: a unit may not set its task's variables at all (TASK_WORK); the
    // administrator may set the form's fields, and meets the same rule
    ResponseEntity<String> kept = engine("vanphong", HttpMethod.PUT, uri + "/variables/comment",
        Map.of("value", "Sửa lại\u0000"));
    assertThat(kept.getStatusCode()).as("kept for later by the office").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> keptByAdmin = engine("demo", HttpMethod.PUT, uri + "/variables/comment",
        Map.of("value", "Sửa lại\u0000"));
    assertThat(keptByAdmin.getStatusCode()).as("kept for later by the administrator").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(keptByAdmin.getBody()).get("message").asText()).contains("U+0000");

    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).as("still open").isNotNull();
    assertThat(taskService.getVariables(review.getId())).doesNotContainKey("comment");
    assertThat(plans.get(plan.id()).state()).isEqualTo(PlanState.IN_REVIEW);
    assertThat(plans.get(plan.id()).history()).hasSize(events);

    ResponseEntity<String> returned = engine("vanphong", HttpMethod.POST, uri + "/complete", Map.of("variables",
        Map.of("decision", Map.of("value", "RETURN"), "comment", Map.of("value", "Sửa lại\u200B trang 2"))));
    assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(plans.get(plan.id()).history()).filteredOn(e -> Elements.REVIEW.equals(e.step()))
        .extracting(PlanEvent::comment).containsExactly("Sửa lại trang 2");
  }

  @Test
  void aDeadlineSetWithAControlCharacterIsRefused() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa thời hạn có ký tự điều khiển"));
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    ResponseEntity<String> refused = as("congan").exchange("/api/plans/" + plan.id() + "/assignments/"
        + plan.assignments().get(0).id() + "/deadline", HttpMethod.PUT,
        new HttpEntity<>("{\"deadline\": \"trong qu\\u00fd II/2027\\u202e\"}", headers), String.class);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("deadline");
    assertThat(plans.get(plan.id()).version()).isEqualTo(plan.version());
  }

  private List<String> taskNames(Plan plan) {
    return taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey()).list().stream()
        .map(Task::getName).toList();
  }

  private ResponseEntity<String> engine(String user, HttpMethod method, String uri, Object body) throws Exception {
    return as(user).exchange(uri, method, new HttpEntity<>(json.writeValueAsString(body),
        headers(MediaType.APPLICATION_JSON)), String.class);
  }

  private long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private ResponseEntity<String> post(String body) {
    return as("congan").postForEntity("/api/plans", new HttpEntity<>(body, headers(MediaType.APPLICATION_JSON)),
        String.class);
  }

  private static HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return headers;
  }
}
