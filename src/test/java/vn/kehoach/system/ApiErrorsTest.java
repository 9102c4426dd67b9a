package vn.kehoach.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;

/**
 * Errors of {@code /api} a person can act on: Vietnamese first, naming the field and what it accepts, never a Java
 * class, a library or an engine code; a mistake is one WARN line in the log, a server fault one ERROR with its stack.
 */
@IntegrationTest
class ApiErrorsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    handlerLogger().addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    handlerLogger().detachAppender(logged);
  }

  @Test
  void anEmptyBodyAsksForTheJson() throws Exception {
    JsonNode error = error(post("/api/plans", ""), HttpStatus.BAD_REQUEST);
    assertThat(error.get("message").asText()).startsWith("Thiếu nội dung yêu cầu (JSON)");
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("body");
    assertOneWarning("400 POST /api/plans (congan): Thiếu nội dung yêu cầu");
  }

  @Test
  void anUnknownFieldIsNamedWithTheAcceptedOnes() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch viết sai tên trường"));
    plan.set("titel", plan.remove("title"));
    JsonNode error = error(post("/api/plans", plan.toString()), HttpStatus.BAD_REQUEST);
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("titel");
    assertThat(error.get("message").asText()).startsWith("Trường 'titel' không có")
        .contains("các trường hợp lệ:", "title", "implements", "monitoringUnit", "recipients");

    ObjectNode nested = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch viết sai tên trường con"));
    ((ObjectNode) nested.get("assignments").get(1)).set("unitt", nested.get("assignments").get(1).get("unit"));
    JsonNode nestedError = error(post("/api/plans", nested.toString()), HttpStatus.BAD_REQUEST);
    assertThat(nestedError.get("errors").get(0).get("field").asText()).isEqualTo("assignments[1].unitt");
    assertThat(nestedError.get("message").asText()).contains("unit", "role", "task", "deadline", "dueDate");
    assertOneWarningPerRequest(2);
  }

  @Test
  void aWrongChoiceOrTypeNamesTheFieldAndWhatItAccepts() throws Exception {
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai giá trị"));
    ((ObjectNode) plan.get("assignments").get(0)).put("role", "CHU_TRI");
    JsonNode role = error(post("/api/plans", plan.toString()), HttpStatus.BAD_REQUEST);
    assertThat(role.get("errors").get(0).get("field").asText()).isEqualTo("assignments[0].role");
    assertThat(role.get("message").asText()).contains("'CHU_TRI'", "không hợp lệ", "giá trị hợp lệ: LEAD, COOPERATE");

    plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    plan.put("recipients", 42);
    JsonNode list = error(post("/api/plans", plan.toString()), HttpStatus.BAD_REQUEST);
    assertThat(list.get("errors").get(0).get("field").asText()).isEqualTo("recipients");
    assertThat(list.get("message").asText()).contains("danh sách");

    plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai ngày"));
    ((ObjectNode) plan.get("implements").get(0)).put("date", "31/01/2026");
    JsonNode date = error(post("/api/plans", plan.toString()), HttpStatus.BAD_REQUEST);
    assertThat(date.get("errors").get(0).get("field").asText()).isEqualTo("implements[0].date");
    assertThat(date.get("message").asText()).contains("yyyy-mm-dd");

    JsonNode state = error(as().getForEntity("/api/plans?state=DANG_LAM", String.class), HttpStatus.BAD_REQUEST);
    assertThat(state.get("errors").get(0).get("field").asText()).isEqualTo("state");
    assertThat(state.get("message").asText()).contains("'DANG_LAM'", "DRAFTING", "CLOSED");
    JsonNode id = error(as().getForEntity("/api/plans/mot", String.class), HttpStatus.BAD_REQUEST);
    assertThat(id.get("message").asText()).contains("'id'", "cần một số");
    // days are read as people write them (1/1/2026) or as programs do (2026-01-01); a thirteenth month is neither
    JsonNode from = error(as().getForEntity("/api/reports/plans?from=1/13/2026", String.class),
        HttpStatus.BAD_REQUEST);
    assertThat(from.get("errors").get(0).get("field").asText()).isEqualTo("from");
    assertThat(from.get("message").asText()).contains("'1/13/2026'", "dd/MM/yyyy", "yyyy-MM-dd");
    assertOneWarningPerRequest(6);
  }

  @Test
  void malformedJsonSaysWhere() throws Exception {
    JsonNode error = error(post("/api/plans", "{\"title\": \"Kế hoạch\",\n }"), HttpStatus.BAD_REQUEST);
    assertThat(error.get("message").asText()).startsWith("Dữ liệu JSON không hợp lệ ở dòng 2")
        .endsWith("(malformed JSON at line 2, column 2)");
    assertThat(error(post("/api/deadlines/parse", "{\"phrase\": "), HttpStatus.BAD_REQUEST)
        .get("errors").get(0).get("field").asText()).isEqualTo("body");
  }

  @Test
  void wrongPathsMethodsAndMediaTypesAnswerJson() throws Exception {
    JsonNode path = error(as().getForEntity("/api/ke-hoach", String.class), HttpStatus.NOT_FOUND);
    assertThat(path.get("message").asText())
        .isEqualTo("Không có địa chỉ GET /api/ke-hoach trong API (no such API path)");

    ResponseEntity<String> delete = as().exchange("/api/plans", HttpMethod.DELETE, null, String.class);
    JsonNode method = error(delete, HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(method.get("message").asText()).contains("không nhận DELETE", "GET", "POST");
    assertThat(delete.getHeaders().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);

    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    JsonNode mediaType = error(as().postForEntity("/api/plans", new HttpEntity<>("title=x", form), String.class),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(mediaType.get("message").asText()).contains("Content-Type: application/json");
    assertOneWarningPerRequest(3);
  }

  @Test
  void aServerFaultIsLoggedOnceWithItsStackAndAnsweredWithoutInternals() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans/1");
    request.setRemoteUser("congan");
    ResponseEntity<ApiExceptionHandler.ApiError> answer = new ApiExceptionHandler()
        .unexpected(new IllegalStateException("vn.kehoach.plan.PlanRepository: column X_ missing"), request);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    String message = answer.getBody().message();
    assertThat(message).startsWith("Lỗi máy chủ").doesNotContain("vn.kehoach", "column", "IllegalState");
    assertThat(logged.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.ERROR);
      assertThat(event.getThrowableProxy()).as("with its stack trace").isNotNull();
      assertThat(message).contains(event.getFormattedMessage().replaceAll(".*mã lỗi ", ""));
    });

    MockHttpServletRequest elsewhere = new MockHttpServletRequest("GET", "/actuator/metrics");
    IllegalStateException fault = new IllegalStateException("not ours");
    assertThatThrownBy(() -> new ApiExceptionHandler().unexpected(fault, elsewhere))
        .as("outside /api Spring's own handling applies").isSameAs(fault);
  }

  private TestRestTemplate as() {
    return rest.withBasicAuth("congan", "demo");
  }

  private ResponseEntity<String> post(String uri, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as().postForEntity(uri, new HttpEntity<>(body, headers), String.class);
  }

  /** The error body, with a Vietnamese message free of the code's insides. */
  private JsonNode error(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody()).doesNotContain("vn.kehoach", "com.fasterxml", "java.", "org.springframework",
        "ENGINE-", "Exception", "REDACTED");
    return body;
  }

  private void assertOneWarning(String start) {
    assertThat(logged.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getThrowableProxy()).as("no stack trace for a mistake").isNull();
      assertThat(event.getFormattedMessage()).startsWith(start);
    });
  }

  private void assertOneWarningPerRequest(int requests) {
    assertThat(logged.list).hasSize(requests).allSatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getThrowableProxy()).isNull();
    });
  }

  private static Logger handlerLogger() {
    return (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
  }
}
