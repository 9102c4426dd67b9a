package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.ISSUER;
import static vn.kehoach.support.PlanFixtures.POLICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
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
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Who may name a drafter (pentest: "any unit can name itself drafter for any issuer; the plan then lands in another
 * body's review queue"): the drafter must draft for the issuer, and the creator belong to it or to the issuer's
 * office. A refused plan leaves nothing behind: no plan row, no assignment, no process instance, no task.
 */
@IntegrationTest
class DrafterChoiceTest {

  /** The ward's police cell (seed 001): drafts for the ward Party committee, not for the province. */
  private static final String WARD_POLICE = "chi-bo-cong-an-phuong";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired Workflow workflow;

  @Test
  void aWardUnitNamingItselfDrafterOfTheProvincesPlanIsRefusedAndNothingIsStored() throws Exception {
    Stored before = stored();
    ObjectNode named = plan("Kế hoạch do Chi bộ Công an phường tự nhận soạn thảo cho Tỉnh ủy");
    named.put("drafter", WARD_POLICE);
    ObjectNode byMonitoring = plan("Kế hoạch do Chi bộ Công an phường tự nhận theo dõi cho Tỉnh ủy");
    byMonitoring.put("monitoringUnit", WARD_POLICE); // no drafter: it defaults to the monitoring unit

    for (ObjectNode attack : java.util.List.of(named, byMonitoring)) {
      ResponseEntity<String> refused = post("caphuong", attack);
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(refused)).contains("Chi bộ Công an phường", WARD_POLICE, "Ban Thường vụ Tỉnh ủy", ISSUER,
          "không soạn thảo kế hoạch cho", "drafters", POLICE, "does not draft for");
    }
    assertThat(stored()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from plan where title like 'Kế hoạch do Chi bộ Công an phường tự nhận%'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void neitherTheIssuersOfficeNorAnAdminNamesADrafterOutsideTheIssuer() throws Exception {
    Stored before = stored();
    ObjectNode plan = plan("Kế hoạch của Tỉnh ủy với đơn vị soạn thảo ở phường");
    plan.put("drafter", WARD_POLICE);
    for (String user : java.util.List.of("vanphong", "demo")) {
      ResponseEntity<String> refused = post(user, plan);
      assertThat(refused.getStatusCode()).as("%s: %s", user, refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(refused)).contains(WARD_POLICE, ISSUER);
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void thePermittedDrafterAndTheIssuersOfficeStillCreate() throws Exception {
    ResponseEntity<String> byDrafter = post("congan", plan("Kế hoạch do Đảng ủy Công an tỉnh soạn thảo"));
    assertThat(byDrafter.getStatusCode()).as(byDrafter.getBody()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> byOffice = post("vanphong", plan("Kế hoạch do Văn phòng Tỉnh ủy tạo cho đơn vị tham mưu"));
    assertThat(byOffice.getStatusCode()).as(byOffice.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json.readTree(as("vanphong").getForObject(byOffice.getHeaders().getLocation(), String.class));
    assertThat(created.get("drafter").get("id").asText()).isEqualTo(POLICE);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(created.get("id").asText())
        .taskCandidateGroup(POLICE).count()).as("the draft waits for its drafter").isEqualTo(1);

    ObjectNode ownDraft = plan("Kế hoạch do Văn phòng Tỉnh ủy tự soạn thảo");
    ownDraft.put("drafter", PlanFixtures.OFFICE);
    assertThat(post("vanphong", ownDraft).getStatusCode()).as("the office drafts itself").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aMemberOfAnotherOfTheIssuersUnitsDoesNotCreateForTheDrafter() throws Exception {
    Stored before = stored();
    ResponseEntity<String> refused = post("tuyengiao", plan("Kế hoạch do Ban Tuyên giáo tạo thay Công an tỉnh"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(refused)).startsWith("Chỉ thành viên của đơn vị soạn thảo").contains(POLICE,
        PlanFixtures.OFFICE, "only members of the drafting unit");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theImportStartsOnlyForADrafterOfTheIssuer() throws Exception {
    // seed 001 with the monitoring task given to the province's police: read, it would become the ward plan's drafter
    String ward = Files.readString(seed001(), StandardCharsets.UTF_8);
    String hostile = ward.replace("6. Giao Chi bộ Công an phường chủ trì", "6. Giao Đảng ủy Công an tỉnh chủ trì");
    assertThat(hostile).isNotEqualTo(ward);
    JsonNode read = json.readTree(importText("congan", hostile, false).getBody());
    assertThat(read.get("issuer").asText()).isEqualTo("dang-uy-phuong");
    assertThat(read.get("monitoringUnit").asText()).isEqualTo(POLICE);

    Stored before = stored();
    ResponseEntity<String> refused = importText("congan", hostile, true);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(refused)).contains(POLICE, "dang-uy-phuong");
    assertThat(stored()).isEqualTo(before);

    ResponseEntity<String> started = importText("caphuong", ward, true);
    assertThat(started.getStatusCode()).as("the ward's own police cell starts it").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aDraftWhoseDrafterNoLongerDraftsForTheIssuerIsNotEdited() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch lưu trước khi có quy tắc đơn vị soạn thảo"));
    // as the pentest left it before the rule: the ward's police cell stored as drafter of the province's plan
    jdbc.sql("update plan set drafter_unit = ? where id = ?").params(WARD_POLICE, plan.id()).update();
    ResponseEntity<String> read = as("caphuong").getForEntity("/api/plans/" + plan.id(), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    ObjectNode edit = plan("Tên mới do đơn vị ngoài Tỉnh ủy sửa");
    edit.remove("drafter");

    ResponseEntity<String> refused = exchange("caphuong", HttpMethod.PUT, "/api/plans/" + plan.id(), edit.toString(),
        read.getHeaders().getETag());
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(refused)).contains(WARD_POLICE, ISSUER);
    long assignment = plan.assignments().get(0).id();
    ResponseEntity<String> deadline = exchange("caphuong", HttpMethod.PUT, "/api/plans/" + plan.id()
        + "/assignments/" + assignment + "/deadline", "{\"deadline\": \"trong quý II/2027\"}", null);
    assertThat(deadline.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(workflow.reload(plan).title()).isEqualTo(plan.title());
    assertThat(workflow.reload(plan).version()).isEqualTo(plan.version());
  }

  /** What a refused create must not add to: plans and their parts, process instances (even ended), tasks. */
  private record Stored(long plans, long assignments, long recipients, long events, long instances, long tasks) {}

  private Stored stored() {
    return new Stored(count("plan"), count("assignment"), count("recipient"), count("plan_event"),
        history.createHistoricProcessInstanceQuery().count(), history.createHistoricTaskInstanceQuery().count());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private ObjectNode plan(String title) {
    return json.valueToTree(PlanFixtures.provincialPlan(title));
  }

  private ResponseEntity<String> post(String user, ObjectNode plan) {
    return exchange(user, HttpMethod.POST, "/api/plans", plan.toString(), null);
  }

  private ResponseEntity<String> importText(String user, String text, boolean start) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
    return as(user).postForEntity("/api/plans/import" + (start ? "?start=true" : ""),
        new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String uri, String body, String ifMatch) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      headers.setIfMatch(ifMatch);
    }
    return as(user).exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).get("message").asText();
  }

  private static Path seed001() throws Exception {
    try (var files = Files.list(Path.of("src/test/resources/import/seeds"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("001")).findFirst().orElseThrow();
    }
  }
}
