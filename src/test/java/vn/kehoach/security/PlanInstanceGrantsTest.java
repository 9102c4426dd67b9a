package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.FRONT;
import static vn.kehoach.support.PlanFixtures.INSPECTION;
import static vn.kehoach.support.PlanFixtures.OFFICE;
import static vn.kehoach.support.PlanFixtures.POLICE;
import static vn.kehoach.support.PlanFixtures.PROPAGANDA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The lean grants of issue 17, as Cockpit's query sees them through {@code /engine-rest}: every body taking part in a
 * plan reads the plan's own instance; an assignment's instance is read by its unit and by those who follow every
 * assignment (the issuer's office, the drafter, the monitoring unit), not by the other assignees, the issuer's members
 * or the signer. One authorization row per such group and instance.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanInstanceGrantsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;

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

  private List<String> visible(String user) throws Exception {
    JsonNode nodes = json.readTree(rest.withBasicAuth(user, "demo")
        .getForObject("/engine-rest/process-instance?businessKey=" + issued.businessKey(), String.class));
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }
}
