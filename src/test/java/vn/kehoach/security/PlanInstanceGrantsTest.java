package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.FRONT;
import static vn.kehoach.support.PlanFixtures.INSPECTION;
import static vn.kehoach.support.PlanFixtures.OFFICE;
import static vn.kehoach.support.PlanFixtures.POLICE;
import static vn.kehoach.support.PlanFixtures.PROPAGANDA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.kehoach.engine.security.InstanceReadGrants;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The lean grants of issue 17, as Cockpit's query sees them through {@code /engine-rest}: every body taking part in a
 * plan reads the plan's own instance; an assignment's instance is read by its unit and by those who follow every
 * assignment (the issuer's office, the drafter, the monitoring unit), not by the other assignees, the issuer's members
 * or the signer. One authorization row per such group and instance. An edit of the draft grants and revokes as
 * the plan's participants change.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanInstanceGrantsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;
  @Autowired InstanceReadGrants instanceGrants;

  private Plan issued;
  private Map<String, String> assignmentInstanceOfUnit;

  @BeforeAll
  void plan() {
    issued = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch kiểm tra quyền xem từng phiên bản"));
    assignmentInstanceOfUnit = issued.assignments().stream().collect(Collectors.toMap(a -> a.unit(),
        a -> runtime.createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY)
            .processInstanceBusinessKey(issued.businessKey()).variableValueEquals("assignmentId", a.id())
            .singleResult().getId()));
  }

  @Test
  void anAssigneeSeesThePlanAndItsOwnAssignmentOnly() throws Exception {
    for (var user : Map.of("tuyengiao", PROPAGANDA, "kiemtra", INSPECTION, "mttq", FRONT).entrySet()) {
      assertThat(visible(user.getKey())).as(user.getKey())
          .containsExactlyInAnyOrder(issued.processInstanceId(), assignmentInstanceOfUnit.get(user.getValue()));
    }
  }

  @Test
  void theOfficeAndTheDrafterSeeEveryAssignment() throws Exception {
    Set<String> all = new java.util.HashSet<>(assignmentInstanceOfUnit.values());
    all.add(issued.processInstanceId());
    for (String user : List.of("vanphong", "congan")) {
      assertThat(visible(user)).as(user).containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @Test
  void theSignerSeesThePlansOwnInstance() throws Exception {
    assertThat(visible("phobithu")).containsExactly(issued.processInstanceId());
  }

  @Test
  void oneRowPerGroupAndInstanceItFollows() {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(issued.businessKey())
        .list().stream().map(ProcessInstance::getId).toList();
    long rows = instances.stream().mapToLong(instance -> authorizations.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).count()).sum();
    // the plan's instance: issuer, its office (also the archive's recipient), signer, drafter (also monitoring unit),
    // the three assignees (two also recipients); each assignment's instance: its unit, the office, the drafter
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(issued.processInstanceId()).list().stream().map(Authorization::getGroupId))
        .containsExactlyInAnyOrder("btv-tinh-uy", OFFICE, "pho-bi-thu-tinh-uy", POLICE, PROPAGANDA, INSPECTION, FRONT);
    assertThat(rows).isEqualTo(7 + 3 * 3);
  }

  @Test
  void anEditOfTheDraftGrantsTheUnitsItBringsInAndRevokesThoseItLeavesOut() throws Exception {
    Plan draft = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa dự thảo đổi đơn vị thực hiện"));
    assertThat(visible("kiemtra", draft)).containsExactly(draft.processInstanceId());
    assertThat(visible("thanhuy", draft)).isEmpty();
    // an administrator's own grant to a group the plan never named stays through the edit
    instanceGrants.grant(draft.processInstanceId(), Set.of("cong-an-thanh-pho"));

    ObjectNode edit = json.valueToTree(PlanFixtures.provincialPlan(draft.title()));
    edit.remove("drafter");
    ((ObjectNode) edit.get("assignments").get(1)).put("unit", "thanh-uy");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setIfMatch(draft.etag());
    ResponseEntity<String> edited = rest.withBasicAuth("congan", "demo").exchange("/api/plans/" + draft.id(),
        HttpMethod.PUT, new HttpEntity<>(edit.toString(), headers), String.class);
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(visible("kiemtra", draft)).as("the unit the edit left out").isEmpty();
    assertThat(visible("thanhuy", draft)).as("the unit the edit brought in").containsExactly(draft.processInstanceId());
    assertThat(visible("tuyengiao", draft)).as("a unit the edit kept").containsExactly(draft.processInstanceId());
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(draft.processInstanceId()).list().stream().map(Authorization::getGroupId))
        .containsExactlyInAnyOrder("btv-tinh-uy", OFFICE, "pho-bi-thu-tinh-uy", POLICE, PROPAGANDA, "thanh-uy", FRONT,
            "cong-an-thanh-pho");
  }

  private List<String> visible(String user) throws Exception {
    return visible(user, issued);
  }

  private List<String> visible(String user, Plan plan) throws Exception {
    JsonNode nodes = json.readTree(rest.withBasicAuth(user, "demo")
        .getForObject("/engine-rest/process-instance?businessKey=" + plan.businessKey(), String.class));
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }
}
