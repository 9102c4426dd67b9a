package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/** {@code POST /api/plans/import} over HTTP: text and .docx in, a plan request with warnings out, started on demand. */
@IntegrationTest
class PlanImportApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Workflow workflow;

  @Test
  void readsTheWardPlanFromItsTextIntoThePlanShapeWithWarnings() throws Exception {
    ResponseEntity<String> response = post("/api/plans/import", seed("001"), MediaType.TEXT_PLAIN);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode plan = json.readTree(response.getBody());
    assertThat(plan.get("issuer").asText()).isEqualTo("dang-uy-phuong");
    assertThat(plan.get("title").asText()).contains("Chỉ thị số 31-CT/TU");
    assertThat(plan.get("monitoringUnit").asText()).isEqualTo("chi-bo-cong-an-phuong");
    assertThat(plan.get("assignments")).hasSize(7);
    assertThat(plan.get("assignments").get(0).get("unit").asText()).isEqualTo("ubnd-phuong");
    assertThat(plan.get("assignments").get(0).get("deadline").asText()).contains("trong tháng 4/2024");
    assertThat(plan.get("implements").findValuesAsText("number")).contains("148-KH/TU", "31-CT/TU");
    assertThat(plan.get("warnings").isArray()).isTrue();
    assertThat(plan.get("signature").get("mode").asText()).isEqualTo("T/M");
  }

  /**
   * Nghị quyết 12/NQ-CP (07/02/2023, corpus s-nq-chinh-phu-2023-12-thu-do, an excerpt with its task table; source in
   * its .json): a task of "2024-2026" answers as a range with its start and its last day. Quyết định 893/QĐ-TTg
   * (corpus s-qd-ttg-2026-893): a yearly task answers as a cycle.
   */
  @Test
  void theAnswerGivesARangeItsStartAndAReportItsCycle() throws Exception {
    JsonNode range = deadlineRead("s-nq-chinh-phu-2023-12-thu-do", "2024-2026");
    assertThat(range.get("form").asText()).isEqualTo("RANGE");
    assertThat(range.get("start").asText()).isEqualTo("2024-01-01");
    assertThat(range.get("lastDay").asText()).isEqualTo("2026-12-31");
    JsonNode yearly = deadlineRead("s-qd-ttg-2026-893-nang-luong-nguyen-tu", "định kỳ hằng năm");
    assertThat(yearly.get("form").asText()).isEqualTo("RECURRING");
    assertThat(yearly.get("cycle").asText()).isEqualTo("YEARLY");
    assertThat(yearly.get("start").isNull()).isTrue();
  }

  private JsonNode deadlineRead(String corpusId, String asWritten) throws Exception {
    ResponseEntity<String> response = post("/api/plans/import",
        ImportFixtures.resource("/import/corpus/" + corpusId + ".txt"), MediaType.TEXT_PLAIN);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    for (JsonNode assignment : json.readTree(response.getBody()).get("assignmentsRead")) {
      JsonNode deadline = assignment.get("deadline");
      if (deadline != null && !deadline.isNull() && asWritten.equalsIgnoreCase(deadline.get("asWritten").asText())) {
        return deadline;
      }
    }
    throw new AssertionError("no assignment of " + corpusId + " has the deadline '" + asWritten + "'");
  }

  @Test
  void readsADocxUploadLikeItsText() throws Exception {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(docx(seed("001"))) {
      @Override
      public String getFilename() {
        return "ke-hoach-001.docx";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = as("caphuong").postForEntity("/api/plans/import", new HttpEntity<>(form, headers),
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode fromDocx = json.readTree(response.getBody());
    JsonNode fromText = json.readTree(post("/api/plans/import", seed("001"), MediaType.TEXT_PLAIN).getBody());
    assertThat(fromDocx.get("assignments")).isEqualTo(fromText.get("assignments"));
    assertThat(fromDocx.get("recipients")).isEqualTo(fromText.get("recipients"));
  }

  @Test
  void startsTheImportedPlanAsADraftForTheDrafter() throws Exception {
    long before = plans();
    ResponseEntity<String> started = post("/api/plans/import?start=true", seed("001"), MediaType.TEXT_PLAIN);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(started.getBody()).get("id").asLong();
    assertThat(plans()).isEqualTo(before + 1);
    JsonNode plan = json.readTree(as("caphuong").getForObject("/api/plans/" + id, String.class));
    assertThat(plan.get("state").asText()).isEqualTo("DRAFTING");
    assertThat(plan.get("assignments")).hasSize(7);
    assertThat(plan.get("drafter").get("id").asText()).isEqualTo("chi-bo-cong-an-phuong");
    assertThat(plan.get("assignments").get(1).get("deadlineKind").asText())
        .as("no deadline in the document: kept unread, so signature waits for the drafter").isEqualTo("UNPARSED");
  }

  @Test
  void aDocumentWhoseBodiesAreNotInTheOrganisationCannotStartButIsStillRead() throws Exception {
    long before = plans();
    ResponseEntity<String> read = as("demo").postForEntity("/api/plans/import",
        new HttpEntity<>(seed("003"), headers(MediaType.TEXT_PLAIN)), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(read.getBody()).get("warnings").findValuesAsText("code")).contains("BODY_UNMATCHED");
    ResponseEntity<String> refused = as("demo").postForEntity("/api/plans/import?start=true",
        new HttpEntity<>(seed("003"), headers(MediaType.TEXT_PLAIN)), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).contains("issuer");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void refusesWhatIsNotAPlanDocument() throws Exception {
    assertThat(post("/api/plans/import", "".getBytes(), MediaType.TEXT_PLAIN).getStatusCode().value()).isIn(415, 422);
    // prose is read as far as it goes: an answer with warnings, but no plan can start from it
    byte[] prose = "Hôm nay trời đẹp. Chúng tôi đi chơi công viên.".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> read = post("/api/plans/import", prose, MediaType.TEXT_PLAIN);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(read.getBody()).get("warnings").findValuesAsText("code"))
        .contains("TITLE_MISSING", "ASSIGNMENTS_MISSING");
    long before = plans();
    assertThat(post("/api/plans/import?start=true", prose, MediaType.TEXT_PLAIN).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(plans()).isEqualTo(before);
    assertThat(post("/api/plans/import", new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0},
        MediaType.APPLICATION_OCTET_STREAM).getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(post("/api/plans/import", "%PDF-1.7 ...".getBytes(), MediaType.APPLICATION_OCTET_STREAM).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(post("/api/plans/import", new byte[2_000_000], MediaType.TEXT_PLAIN).getStatusCode())
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(rest.postForEntity("/api/plans/import", new HttpEntity<>(seed("001"), headers(MediaType.TEXT_PLAIN)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPlanImplementingAnIssuedPlanIsLinkedToIt() throws Exception {
    Plan province = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch của tỉnh được cấp dưới thực hiện"));
    String number = province.number().text();
    String request = json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch thực hiện kế hoạch của tỉnh"))
        .replace("\"number\":\"02-CT/TW\",\"date\":\"2026-01-31\"",
            "\"number\":\"" + number + "\",\"date\":\"" + province.number().issuedOn() + "\"");
    ResponseEntity<String> created = as("congan").postForEntity("/api/plans", new HttpEntity<>(request,
        headers(MediaType.APPLICATION_JSON)), String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode child = json.readTree(as("congan").getForObject(created.getHeaders().getLocation(), String.class));
    assertThat(child.get("implementsDocuments").get(0).get("planId").asLong()).isEqualTo(province.id());
    JsonNode parent = json.readTree(as("congan").getForObject("/api/plans/" + province.id(), String.class));
    assertThat(parent.get("implementedBy").findValuesAsText("id")).contains(child.get("id").asText());
  }

  private long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }

  private ResponseEntity<String> post(String uri, byte[] body, MediaType type) {
    return as("caphuong").postForEntity(uri, new HttpEntity<>(body, headers(type)), String.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private static HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return headers;
  }

  private byte[] seed(String number) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/import/seeds"))) {
      java.nio.file.Path file = files.filter(p -> p.getFileName().toString().startsWith(number)).findFirst().orElseThrow();
      return java.nio.file.Files.readAllBytes(file);
    }
  }

  private static byte[] docx(byte[] text) throws Exception {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

}
