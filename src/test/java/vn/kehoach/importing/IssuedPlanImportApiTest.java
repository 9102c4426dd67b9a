package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.support.IntegrationTest;

/**
 * {@code POST /api/plans/import?issued=true}: an office takes in a plan another body issued. Seed 002 is a real
 * letter of the Tỉnh ủy Hưng Yên (2639-CV/TU, 02/5/2024), outside the demo organisation, whose bodies are mostly not
 * units of it: nothing is stored until the office has chosen a unit for, or left out, each of them.
 */
@IntegrationTest
class IssuedPlanImportApiTest {

  private static final String SEED_002 = "002_6505cb652dd79bfc.txt";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void listsEveryAssignmentWithoutASureUnitAndStoresNothing() throws Exception {
    long plans = count("plan");
    ResponseEntity<String> answer = post("vanphong", "issued=true", ImportFixtures.seed(SEED_002));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("message").asText()).contains("chưa khớp", "assign=", "deadline=", "drop=");
    assertThat(body.get("unmatched").findValuesAsText("index"))
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
    assertThat(body.get("unmatched").findValuesAsText("missing"))
        .containsExactly("UNIT", "UNIT", "UNIT", "UNIT", "DEADLINE", "UNIT", "UNIT", "UNIT");
    assertThat(body.get("unmatched").get(4).get("body").asText()).isEqualTo("Đảng ủy Công an tỉnh");
    assertThat(body.get("unmatched").get(3).get("body").asText())
        .isEqualTo("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam và tổ chức chính trị - xã hội");
    assertThat(body.get("document").get("number").asText()).isEqualTo("2639 - CV/TU");
    assertThat(body.get("document").get("date").asText()).isEqualTo("2024-05-02");
    assertThat(body.get("document").get("place").asText()).isEqualTo("Hưng Yên");
    assertThat(body.get("document").get("issuer").asText()).isEqualTo("TỈNH ỦY HƯNG YÊN");
    assertThat(count("plan")).isEqualTo(plans);
  }

  @Test
  void takesInTheLetterOnceEveryBodyIsChosenOrLeftOut() throws Exception {
    long registers = count("document_register");
    String choices = "issued=true&assign=0:cac-dang-uy-truc-thuoc&assign=3:dang-uy-mttq-tinh&drop=1&drop=2&drop=5"
        + "&drop=6&assign=7:cac-dang-uy-truc-thuoc&deadline=0:trong tháng 6/2024&deadline=3:thường xuyên"
        + "&deadline=4:2024-06-30";
    ResponseEntity<String> answer = post("vanphong", choices, ImportFixtures.seed(SEED_002));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(answer.getBody()).get("id").asLong();
    JsonNode plan = json.readTree(as("vanphong").getForObject("/api/plans/" + id, String.class));
    assertThat(plan.get("state").asText()).isEqualTo("IN_EXECUTION");
    assertThat(plan.get("number").asText()).isEqualTo("2639-CV/TU");
    assertThat(plan.get("issuedOn").asText()).isEqualTo("2024-05-02");
    assertThat(plan.get("issuedElsewhere").asBoolean()).isTrue();
    assertThat(plan.get("issuer").get("name").asText()).isEqualTo("TỈNH ỦY HƯNG YÊN");
    assertThat(plan.get("issuer").get("id").isNull()).isTrue();
    assertThat(plan.get("receivedBy").get("id").asText()).isEqualTo("btv-tinh-uy");
    assertThat(plan.get("assignments")).hasSize(4);
    List<String> units = new ArrayList<>();
    plan.get("assignments").forEach(a -> units.add(a.get("unit").get("id").asText()));
    assertThat(units).containsExactly("cac-dang-uy-truc-thuoc", "dang-uy-mttq-tinh", "dang-uy-cong-an-tinh",
        "cac-dang-uy-truc-thuoc");
    // bodies outside the organisation stay named recipients
    assertThat(plan.get("recipients").findValuesAsText("name")).isNotEmpty();
    assertThat(plan.get("history").findValuesAsText("step")).contains("TRACKED").doesNotContain("ISSUED");
    assertThat(count("document_register")).as("the register is untouched").isEqualTo(registers);

    ResponseEntity<String> again = post("vanphong", choices, ImportFixtures.seed(SEED_002));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("2639-CV/TU", "đã có trong hệ thống");
  }

  @Test
  void onlyAnOfficeTakesADocumentIn() throws Exception {
    long plans = count("plan");
    String choices = "issued=true&assign=0:cac-dang-uy-truc-thuoc&deadline=0:thường xuyên&drop=1&drop=2&drop=3&drop=4"
        + "&drop=5&drop=6&drop=7";
    ResponseEntity<String> unit = post("congan", choices, ImportFixtures.seed(SEED_002));
    assertThat(unit.getStatusCode()).as(unit.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(unit.getBody()).contains("receivingOffice", "văn phòng");

    ResponseEntity<String> naming = post("congan", choices + "&office=van-phong-tinh-uy",
        ImportFixtures.seed(SEED_002));
    assertThat(naming.getStatusCode()).as(naming.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("plan")).isEqualTo(plans);
  }

  @Test
  void refusesChoicesThatNameNoAssignmentOrBothKeepAndDropOne() throws Exception {
    ResponseEntity<String> outOfRange = post("vanphong", "issued=true&drop=42", ImportFixtures.seed(SEED_002));
    assertThat(outOfRange.getStatusCode()).as(outOfRange.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outOfRange.getBody()).contains("không có nhiệm vụ số 42");

    ResponseEntity<String> both = post("vanphong", "issued=true&assign=1:dang-uy-mttq-tinh&drop=1",
        ImportFixtures.seed(SEED_002));
    assertThat(both.getStatusCode()).as(both.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> malformed = post("vanphong", "issued=true&assign=mttq", ImportFixtures.seed(SEED_002));
    assertThat(malformed.getStatusCode()).as(malformed.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("STT:mã-đơn-vị");

    ResponseEntity<String> startAndIssued = post("vanphong", "issued=true&start=true", ImportFixtures.seed(SEED_002));
    assertThat(startAndIssued.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /**
   * A plan drafted here to carry out a document not yet in the system (a real conclusion notice of the Văn phòng
   * Chính phủ, 467/TB-VPCP of 14/10/2024) is linked to it once the office takes that notice in. A document older than
   * the working calendar (the VPCP letter 806/VPCP-NC of 2009) cannot be followed and says so.
   */
  @Test
  void aPlanWaitingForItsParentIsLinkedWhenTheParentIsTakenIn() throws Exception {
    String request = json.writeValueAsString(vn.kehoach.support.PlanFixtures.provincialPlan(
        "Kế hoạch thực hiện Thông báo 467/TB-VPCP")).replace("\"number\":\"02-CT/TW\",\"date\":\"2026-01-31\"",
        "\"number\":\"467/TB-VPCP\",\"date\":\"2024-10-14\"");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> created = as("congan").postForEntity("/api/plans", new HttpEntity<>(request, headers),
        String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String child = created.getHeaders().getLocation().toString();
    assertThat(json.readTree(as("congan").getForObject(child, String.class)).get("implementsDocuments").get(0)
        .get("planId").isNull()).as("no parent in the system yet").isTrue();

    String notice = new String(ImportFixtures.resource("/import/corpus/s-tb-vpcp-2024-467-thi-truong-cac-bon.txt"),
        java.nio.charset.StandardCharsets.UTF_8);
    JsonNode read = json.readTree(post("vanphong", "issued=true", notice).getBody());
    StringBuilder choices = new StringBuilder("issued=true&assign=0:dang-uy-cong-an-tinh"
        + "&deadline=0:trước ngày 20 tháng 10 năm 2024");
    for (int i = 1; i < read.get("assignmentsRead").size(); i++) {
      choices.append("&drop=").append(i);
    }
    ResponseEntity<String> taken = post("vanphong", choices.toString(), notice);
    assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);
    long parent = json.readTree(taken.getBody()).get("id").asLong();
    JsonNode linked = json.readTree(as("congan").getForObject(child, String.class));
    assertThat(linked.get("implementsDocuments").get(0).get("planId").asLong()).isEqualTo(parent);
    assertThat(json.readTree(as("vanphong").getForObject("/api/plans/" + parent, String.class)).get("implementedBy")
        .findValuesAsText("id")).contains(linked.get("id").asText());

    ResponseEntity<String> old = post("vanphong", "issued=true&assign=0:dang-uy-cong-an-tinh", new String(
        ImportFixtures.resource("/import/corpus/s-cv-vpcp-2009-806.txt"), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(old.getStatusCode()).as(old.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(old.getBody()).contains("issuedOn", "cũ hơn lịch ngày làm việc");
  }

  private ResponseEntity<String> post(String user, String query, String text) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8));
    return as(user).postForEntity("/api/plans/import?" + query, new HttpEntity<>(text, headers), String.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
