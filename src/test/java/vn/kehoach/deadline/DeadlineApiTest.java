package vn.kehoach.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;

/** {@code POST /api/deadlines/parse} and {@code PUT /api/plans/{id}/assignments/{id}/deadline} over HTTP. */
@IntegrationTest
class DeadlineApiTest {

  @Autowired TestRestTemplate rest;
  private TestRestTemplate http;
  @Autowired ObjectMapper json;

  @BeforeEach
  void logIn() {
    http = rest.withBasicAuth("congan", "demo");
  }

  /** The same API as another demo user. */
  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  @Test
  void parsesAMonthDeadline() throws Exception {
    JsonNode result = parse("{\"phrase\": \"Xây dựng kế hoạch và tổ chức triển khai thực hiện xong trong tháng 4/2024\","
        + " \"referenceDate\": \"2024-04-01\"}", HttpStatus.OK);
    assertThat(result.get("kind").asText()).isEqualTo("DUE");
    assertThat(result.get("due").asText()).isEqualTo("2024-05-01T00:00:00+07:00");
    assertThat(result.get("lastDay").asText()).isEqualTo("2024-04-30");
    assertThat(result.get("matched").asText()).contains("trong tháng 4/2024");
    assertThat(result.get("normalised").asText()).isNotBlank();
  }

  @Test
  void parsesRecurringAndOngoingDeadlines() throws Exception {
    JsonNode yearly = parse("{\"phrase\": \"trước ngày 20/11 hằng năm\", \"referenceDate\": \"2024-05-02\"}", HttpStatus.OK);
    assertThat(yearly.get("kind").asText()).isEqualTo("RECURRING");
    assertThat(yearly.get("cycle").asText()).isEqualTo("YEARLY");
    assertThat(yearly.get("dayInPeriod").asText()).isEqualTo("--11-20");
    assertThat(yearly.get("due").asText()).isEqualTo("2024-11-20T00:00:00+07:00");
    JsonNode ongoing = parse("{\"phrase\": \"thuong xuyen\", \"referenceDate\": \"2024-05-02\"}", HttpStatus.OK);
    assertThat(ongoing.get("kind").asText()).isEqualTo("ONGOING");
    assertThat(ongoing.get("due").isNull()).isTrue();
  }

  @Test
  void answersARangeWithItsStartAndItsLastDay() throws Exception {
    JsonNode range = parse("{\"phrase\": \"từ ngày 01/4/2024 đến ngày 30/4/2024\", \"referenceDate\": \"2024-03-01\"}",
        HttpStatus.OK);
    assertThat(range.get("kind").asText()).isEqualTo("RANGE");
    assertThat(range.get("start").asText()).isEqualTo("2024-04-01");
    assertThat(range.get("lastDay").asText()).isEqualTo("2024-04-30");
    assertThat(range.get("due").asText()).isEqualTo("2024-05-01T00:00:00+07:00");
    assertThat(range.get("phases").isNull()).isTrue();
  }

  @Test
  void answersPhasesPerPhase() throws Exception {
    JsonNode phased = parse("{\"phrase\": \"giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)\", "
        + "\"referenceDate\": \"2024-03-01\"}", HttpStatus.OK);
    assertThat(phased.get("kind").asText()).isEqualTo("PHASED");
    assertThat(phased.get("phases")).hasSize(2);
    assertThat(phased.get("phases").get(0).get("start").asText()).isEqualTo("2024-01-01");
    assertThat(phased.get("phases").get(0).get("lastDay").asText()).isEqualTo("2025-12-31");
    assertThat(phased.get("phases").get(1).get("start").asText()).isEqualTo("2026-01-01");
    assertThat(phased.get("lastDay").asText()).isEqualTo("2030-12-31");
  }

  @Test
  void answersAReportCalendarWithItsDayAndThePeriodItCovers() throws Exception {
    JsonNode calendar = parse("{\"phrase\": \"báo cáo 6 tháng trước ngày 20/6\", \"referenceDate\": \"2024-03-01\"}",
        HttpStatus.OK);
    assertThat(calendar.get("kind").asText()).isEqualTo("RECURRING");
    assertThat(calendar.get("cycle").asText()).isEqualTo("HALF_YEARLY");
    assertThat(calendar.get("dayInPeriod").asText()).isEqualTo("--01-20");
    assertThat(calendar.get("firstReport").asText()).isEqualTo("2024-06-19");
    assertThat(calendar.get("period").get("start").asText()).isEqualTo("2023-12-15");
    assertThat(calendar.get("period").get("lastDay").asText()).isEqualTo("2024-06-14");
  }

  @Test
  void countsARelativeDeadlineInWorkingDaysFromTheReferenceDate() throws Exception {
    JsonNode result = parse("{\"phrase\": \"trong 05 ngày làm việc kể từ ngày ban hành\", \"referenceDate\": \"2025-01-23\"}",
        HttpStatus.OK);
    assertThat(result.get("kind").asText()).isEqualTo("RELATIVE");
    assertThat(result.get("amount").asInt()).isEqualTo(5);
    assertThat(result.get("workingDays").asBoolean()).isTrue();
    assertThat(result.get("lastDay").asText()).as("across the Tết 2025 break").isEqualTo("2025-02-06");
    assertThat(result.get("due").asText()).isEqualTo("2025-02-07T00:00:00+07:00");
  }

  @Test
  void saysWhyAPhraseCannotBeRead() throws Exception {
    JsonNode result = parse("{\"phrase\": \"ngày 31/4/2024\", \"referenceDate\": \"2024-01-01\"}", HttpStatus.OK);
    assertThat(result.get("kind").asText()).isEqualTo("UNPARSED");
    assertThat(result.get("reason").asText()).contains("31/4/2024");
  }

  @Test
  void withoutAReferenceDateAPhraseIsReadFromTodayInVietnam() throws Exception {
    // 20:00 UTC on 1 January is already 2 January in Vietnam
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-01-01T20:00:00Z")));
    try {
      JsonNode result = parse("{\"phrase\": \"trong 07 ngày\"}", HttpStatus.OK);
      assertThat(result.get("kind").asText()).isEqualTo("RELATIVE");
      assertThat(result.get("lastDay").asText()).isEqualTo("2025-01-09");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void rejectsBadRequests() throws Exception {
    assertThat(field(parse("{\"referenceDate\": \"2024-01-01\"}", HttpStatus.BAD_REQUEST))).isEqualTo("phrase");
    assertThat(field(parse("{\"phrase\": \"trong tháng 4\", \"referenceDate\": \"01/04/2024\"}", HttpStatus.BAD_REQUEST)))
        .isEqualTo("referenceDate");
    assertThat(field(parse("{\"phrase\": \"x\", \"referenceDate\": \"2024-01-01\", \"extra\": 1}", HttpStatus.BAD_REQUEST)))
        .isEqualTo("extra");
    assertThat(field(parse("{\"phrase\": ", HttpStatus.BAD_REQUEST))).isEqualTo("body");
    assertThat(field(parse("{\"phrase\": \"" + "a".repeat(5001) + "\", \"referenceDate\": \"2024-01-01\"}",
        HttpStatus.BAD_REQUEST))).isEqualTo("phrase");
  }

  @Test
  void theDrafterSetsADeadlineItCouldNotReadAndBadCorrectionsAreRefused() throws Exception {
    String body = json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch sửa thời hạn"))
        .replace("\"trong tháng 4/2026\",\"dueDate\":\"2026-04-30\"", "\"khi có chỉ đạo\",\"dueDate\":null");
    ResponseEntity<String> created = send(HttpMethod.POST, "/api/plans", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode plan = json.readTree(http.getForObject(created.getHeaders().getLocation(), String.class));
    long planId = plan.get("id").asLong();
    long assignmentId = plan.get("assignments").get(0).get("id").asLong();
    assertThat(plan.get("assignments").get(0).get("deadlineKind").asText()).isEqualTo("UNPARSED");
    String uri = "/api/plans/" + planId + "/assignments/" + assignmentId + "/deadline";

    ResponseEntity<String> set = send(HttpMethod.PUT, uri, "{\"deadline\": \"trong quý II/2026\"}");
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode first = json.readTree(set.getBody()).get("assignments").get(0);
    assertThat(first.get("deadlineKind").asText()).isEqualTo("DUE");
    assertThat(first.get("dueDate").asText()).isEqualTo("2026-06-30");
    assertThat(first.get("originalDueDate").asText()).isEqualTo("2026-06-30");

    assertThat(send(HttpMethod.PUT, uri, "{\"dueDate\": \"2026-02-30\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(send(HttpMethod.PUT, uri, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(send(HttpMethod.PUT, "/api/plans/" + planId + "/assignments/999999/deadline", "{\"deadline\": \"2026-05-01\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(HttpMethod.PUT, "/api/plans/999999/assignments/" + assignmentId + "/deadline", "{\"deadline\": \"2026-05-01\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode unchanged = json.readTree(http.getForObject("/api/plans/" + planId, String.class)).get("assignments").get(0);
    assertThat(unchanged.get("dueDate").asText()).as("a refused correction changes nothing").isEqualTo("2026-06-30");
  }

  @Test
  void anAssignmentsRangePhasesAndReportPeriodAreInThePlan() throws Exception {
    String body = json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch có khoảng thời gian"))
        .replace("\"trong tháng 4/2026\",\"dueDate\":\"2026-04-30\"",
            "\"giai đoạn 1 (2026-2027); giai đoạn 2 (2028-2030)\",\"dueDate\":null");
    ResponseEntity<String> created = send(HttpMethod.POST, "/api/plans", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode plan = json.readTree(http.getForObject(created.getHeaders().getLocation(), String.class));
    JsonNode phased = plan.get("assignments").get(0);
    assertThat(phased.get("deadlineKind").asText()).isEqualTo("PHASED");
    assertThat(phased.get("dueDate").asText()).isEqualTo("2030-12-31");
    assertThat(phased.get("start").asText()).isEqualTo("2026-01-01");
    assertThat(phased.get("phases")).hasSize(2);
    assertThat(phased.get("phases").get(0).get("lastDay").asText()).isEqualTo("2027-12-31");
    assertThat(phased.get("milestones").get(0).asText()).isEqualTo("2027-12-31");
    String uri = "/api/plans/" + plan.get("id").asLong() + "/assignments/" + phased.get("id").asLong() + "/deadline";

    JsonNode range = json.readTree(send(HttpMethod.PUT, uri,
        "{\"deadline\": \"từ ngày 01/6/2026 đến ngày 30/6/2026\"}").getBody()).get("assignments").get(0);
    assertThat(range.get("deadlineKind").asText()).isEqualTo("RANGE");
    assertThat(range.get("start").asText()).isEqualTo("2026-06-01");
    assertThat(range.get("dueDate").asText()).isEqualTo("2026-06-30");
    assertThat(range.get("dueText").asText()).isEqualTo("30/06/2026 (bắt đầu từ 01/06/2026)");
    assertThat(range.get("phases").isNull()).isTrue();

    JsonNode calendar = json.readTree(send(HttpMethod.PUT, uri,
        "{\"deadline\": \"báo cáo năm gửi Chính phủ trước ngày 15/12 hằng năm\"}").getBody())
        .get("assignments").get(0);
    assertThat(calendar.get("deadlineKind").asText()).isEqualTo("RECURRING");
    assertThat(calendar.get("period").get("start").asText()).endsWith("-12-15");
    assertThat(calendar.get("period").get("lastDay").asText()).endsWith("-12-14");
  }

  private JsonNode parse(String body, HttpStatus expected) throws Exception {
    ResponseEntity<String> response = send(HttpMethod.POST, "/api/deadlines/parse", body);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> send(HttpMethod method, String uri, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }

  private static String field(JsonNode error) {
    return error.get("errors").get(0).get("field").asText();
  }
}
