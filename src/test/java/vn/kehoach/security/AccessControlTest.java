package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Who may see and do what, through {@code /engine-rest} and {@code /api} as a client would: a unit sees and works
 * only its own tasks and the plans it takes part in; only the signer signs; nobody gets in anonymously.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

  private static final List<HttpStatus> DENIED = List.of(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;

  private Plan issued;
  private Plan atSignature;
  private String inspectionTask;

  @BeforeAll
  void plans() {
    issued = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch kiểm tra phân quyền"));
    atSignature = workflow.toSignature(PlanFixtures.provincialPlan("Kế hoạch chờ ký, kiểm tra phân quyền"));
    inspectionTask = workflow.tasks(issued, AssignmentProcess.Elements.EXECUTE_ONGOING).stream()
        .filter(t -> candidateGroup(t).equals(INSPECTION)).findFirst().orElseThrow().getId();
  }

  @Test
  void anonymousCallsAreRefused() {
    for (String uri : List.of("/api/plans", "/api/units", "/api/plans/" + issued.id(), "/api/reports/status",
        "/engine-rest/task", "/engine-rest/process-instance")) {
      assertThat(rest.getForEntity(uri, String.class).getStatusCode()).as(uri).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(send(rest, HttpMethod.POST, "/api/plans", "{}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send(rest, HttpMethod.POST, "/engine-rest/task/" + inspectionTask + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nobody-here", "demo").getForEntity("/api/units", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nobody-here", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aUnitCannotListReadClaimOrCompleteAnotherUnitsTask() throws Exception {
    TestRestTemplate propaganda = rest.withBasicAuth("tuyengiao", "demo");
    List<String> visible = ids(propaganda.getForObject("/engine-rest/task?processInstanceBusinessKey=" + issued.id(),
        String.class));
    assertThat(visible).isNotEmpty().doesNotContain(inspectionTask);
    assertThat(visible).allSatisfy(id -> assertThat(candidateGroup(tasks.createTaskQuery().taskId(id).singleResult()))
        .isEqualTo(PROPAGANDA));

    assertThat(propaganda.getForEntity("/engine-rest/task/" + inspectionTask, String.class).getStatusCode()).isIn(DENIED);
    assertThat(propaganda.getForEntity("/engine-rest/task/" + inspectionTask + "/variables", String.class)
        .getStatusCode()).isIn(DENIED);
    assertThat(send(propaganda, HttpMethod.POST, "/engine-rest/task/" + inspectionTask + "/claim",
        "{\"userId\": \"tuyengiao\"}").getStatusCode()).isIn(DENIED);
    assertThat(send(propaganda, HttpMethod.POST, "/engine-rest/task/" + inspectionTask + "/complete",
        "{\"variables\": {\"report\": {\"value\": \"không phải việc của tôi\"}}}").getStatusCode()).isIn(DENIED);
    assertThat(tasks.createTaskQuery().taskId(inspectionTask).singleResult().getAssignee()).isNull();

    TestRestTemplate inspection = rest.withBasicAuth("kiemtra", "demo");
    assertThat(ids(inspection.getForObject("/engine-rest/task?processInstanceBusinessKey=" + issued.id(), String.class)))
        .contains(inspectionTask);
    assertThat(inspection.getForEntity("/engine-rest/task/" + inspectionTask + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send(inspection, HttpMethod.POST, "/engine-rest/task/" + inspectionTask + "/claim",
        "{\"userId\": \"kiemtra\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void onlyTheSignerSigns() throws Exception {
    String signature = workflow.task(atSignature, PlanLifecycleProcess.Elements.SIGN).getId();
    String approve = "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}";
    for (String user : List.of("vanphong", "congan", "tuyengiao")) {
      assertThat(send(rest.withBasicAuth(user, "demo"), HttpMethod.POST, "/engine-rest/task/" + signature + "/complete",
          approve).getStatusCode()).as(user).isIn(DENIED);
    }
    assertThat(workflow.reload(atSignature).number()).isNull();
    assertThat(send(rest.withBasicAuth("phobithu", "demo"), HttpMethod.POST,
        "/engine-rest/task/" + signature + "/complete", approve).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(workflow.reload(atSignature).number()).isNotNull();
  }

  @Test
  void plansAreVisibleOnlyToTheBodiesTakingPart() throws Exception {
    TestRestTemplate ward = rest.withBasicAuth("ubndphuong", "demo");
    assertThat(ward.getForEntity("/api/plans/" + issued.id(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ids(ward.getForObject("/api/plans", String.class))).doesNotContain(String.valueOf(issued.id()));
    assertThat(ids(ward.getForObject("/engine-rest/process-instance?businessKey=" + issued.id(), String.class)))
        .as("Cockpit's query").isEmpty();

    for (String user : List.of("vanphong", "congan", "phobithu", "kiemtra", "demo")) {
      TestRestTemplate participant = rest.withBasicAuth(user, "demo");
      assertThat(participant.getForEntity("/api/plans/" + issued.id(), String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
      assertThat(ids(participant.getForObject("/api/plans", String.class))).as(user)
          .contains(String.valueOf(issued.id()));
    }
    for (String user : List.of("vanphong", "congan")) {
      assertThat(ids(rest.withBasicAuth(user, "demo").getForObject(
          "/engine-rest/process-instance?businessKey=" + issued.id(), String.class)))
          .as("%s follows the plan in Cockpit", user).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void onlyTheDraftingUnitOrTheOfficeCreatesAPlan() throws Exception {
    String plan = json.writeValueAsString(PlanFixtures.provincialPlan("Kế hoạch do đơn vị không có quyền tạo"));
    long before = countPlans();
    ResponseEntity<String> refused = send(rest.withBasicAuth("tuyengiao", "demo"), HttpMethod.POST, "/api/plans", plan);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("dang-uy-cong-an-tinh");
    assertThat(countPlans()).isEqualTo(before);
    assertThat(send(rest.withBasicAuth("vanphong", "demo"), HttpMethod.POST, "/api/plans", plan).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void adminRightsAreForAdminsOnly() {
    String user = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"X\", \"lastName\": \"Y\"},"
        + " \"credentials\": {\"password\": \"secret-password\"}}";
    assertThat(send(rest.withBasicAuth("phobithu", "demo"), HttpMethod.POST, "/engine-rest/user/create", user)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(rest.withBasicAuth("vanphong", "demo"), HttpMethod.DELETE,
        "/engine-rest/process-instance/" + issued.processInstanceId(), null).getStatusCode()).isIn(DENIED);
    assertThat(workflow.reload(issued).state().name()).isEqualTo("IN_EXECUTION");
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private long countPlans() throws Exception {
    return json.readTree(rest.withBasicAuth("demo", "demo").getForObject("/api/plans?limit=500", String.class)).size();
  }

  private String candidateGroup(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).filter(g -> g != null)
        .findFirst().orElseThrow();
  }

  private List<String> ids(String array) throws Exception {
    JsonNode nodes = json.readTree(array);
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static ResponseEntity<String> send(TestRestTemplate http, HttpMethod method, String uri, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }
}
