package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.provincialPlan;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.security.TaskGrantNarrowing;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.WebappBrowser;
import vn.kehoach.support.Workflow;

/**
 * A unit may read, claim and complete its own task, nothing more: the pentest renamed its task, moved its due date to
 * 2036 (off the "Quá hạn" filter), added {@code camunda-admin} as a candidate, handed the task to anyone and read the
 * statistics of every plan. Each is tried here by a late unit on its own task, through {@code /engine-rest} and
 * through Tasklist's session: each is refused, the task and its timers stay as they were, and the escalation fires.
 */
@IntegrationTest
class TaskLeastPrivilegeTest {

  private static final String UNIT_USER = "tuyengiao";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired AssignmentService assignments;
  @Autowired AuthorizationService authorizations;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
  @Autowired TaskGrantNarrowing narrowing;

  @Test
  void aLateUnitCanNeitherReshapeItsTaskNorCountOthersPlans() throws Exception {
    // the propaganda commission's deadline (30/04/2026) has passed: its escalation is due
    Plan plan = workflow.issued(provincialPlan("Kế hoạch thử sửa việc của đơn vị"));
    Task work = workflow.workTasks(plan).stream().filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> PlanFixtures.PROPAGANDA.equals(link.getGroupId()))).findFirst().orElseThrow();
    assertThat(send(HttpMethod.POST, "/engine-rest/task/" + work.getId() + "/claim", Map.of("userId", UNIT_USER))
        .getStatusCode()).as("the unit claims its task").isEqualTo(HttpStatus.NO_CONTENT);
    TaskState before = state(work);
    List<Job> timers = workflow.timers(plan);

    String task = "/task/" + work.getId();
    Map<String, ResponseEntity<String>> tries = new LinkedHashMap<>();
    tries.put("rename it", send(HttpMethod.PUT, "/engine-rest" + task, Map.of("name", "Đã hoàn thành",
        "priority", 50)));
    tries.put("move its due date to 2036", send(HttpMethod.PUT, "/engine-rest" + task, Map.of("name", work.getName(),
        "due", "2036-01-01T00:00:00.000+0700", "priority", 50)));
    tries.put("lower its priority", send(HttpMethod.PUT, "/engine-rest" + task, Map.of("name", work.getName(),
        "priority", 1)));
    tries.put("add camunda-admin as candidate", send(HttpMethod.POST, "/engine-rest" + task + "/identity-links",
        Map.of("groupId", "camunda-admin", "type", "candidate")));
    tries.put("remove its own unit", send(HttpMethod.POST, "/engine-rest" + task + "/identity-links/delete",
        Map.of("groupId", PlanFixtures.PROPAGANDA, "type", "candidate")));
    tries.put("hand it to the administrator", send(HttpMethod.POST, "/engine-rest" + task + "/assignee",
        Map.of("userId", "demo")));
    tries.put("delegate it", send(HttpMethod.POST, "/engine-rest" + task + "/delegate", Map.of("userId", "demo")));
    tries.put("set its deadline variable", send(HttpMethod.PUT, "/engine-rest" + task + "/variables/assignmentDue",
        Map.of("value", "2036-01-01T00:00:00.000+0700", "type", "Date")));
    tries.put("read every plan's statistics", send(HttpMethod.GET, "/engine-rest/process-definition/statistics", null));
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(AssignmentProcess.KEY)
        .latestVersion().singleResult().getId();
    tries.put("read one definition's statistics", send(HttpMethod.GET,
        "/engine-rest/process-definition/" + definition + "/statistics", null));
    tries.put("read them by key", send(HttpMethod.GET,
        "/engine-rest/process-definition/key/" + AssignmentProcess.KEY + "/statistics", null));
    tries.forEach((what, answer) -> assertThat(answer.getStatusCode()).as("%s: %s", what, answer.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN));

    WebappBrowser tasklist = new WebappBrowser(port).logIn(UNIT_USER);
    String webapp = "/camunda/api/engine/engine/default";
    Map<String, HttpResponse<String>> fromTasklist = new LinkedHashMap<>();
    fromTasklist.put("rename it", tasklist.sendFromWebapp("PUT", webapp + task,
        "{\"name\": \"Đã hoàn thành\", \"priority\": 50}"));
    fromTasklist.put("set a due date", tasklist.sendFromWebapp("PUT", webapp + task,
        "{\"name\": \"" + work.getName() + "\", \"due\": \"2036-01-01T00:00:00.000+0700\", \"priority\": 50}"));
    fromTasklist.put("add a candidate", tasklist.sendFromWebapp("POST", webapp + task + "/identity-links",
        "{\"groupId\": \"camunda-admin\", \"type\": \"candidate\"}"));
    fromTasklist.put("read the statistics", tasklist.sendFromWebapp("GET",
        webapp + "/process-definition/statistics?rootIncidents=true", null));
    fromTasklist.put("read one definition's statistics", tasklist.sendFromWebapp("GET",
        webapp + "/process-definition/" + definition + "/statistics", null));
    fromTasklist.forEach((what, answer) -> assertThat(answer.statusCode()).as("Tasklist: %s: %s", what, answer.body())
        .isEqualTo(403));

    assertThat(state(work)).as("the task is unchanged").isEqualTo(before);
    List<Job> timersAfter = workflow.timers(plan);
    assertThat(timersAfter).extracting(Job::getId, Job::getDuedate, Job::getRetries)
        .as("the timers are unchanged").containsExactlyInAnyOrderElementsOf(
            timers.stream().map(job -> org.assertj.core.groups.Tuple.tuple(job.getId(), job.getDuedate(),
                job.getRetries())).toList());

    // what the unit may do, it still does; the administrator still reads the statistics
    assertThat(send(HttpMethod.GET, "/engine-rest" + task + "/form-variables", null).getStatusCode())
        .as("the unit reads its form").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/process-definition/statistics",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(workflow.fireDueTimers(plan)).as("the escalation fires at its time").isPositive();
    long assignment = (Long) workflow.variable(work.getProcessInstanceId(), "assignmentId");
    assertThat(assignments.assignment(assignment).escalatedAt()).as("and escalates").isNotNull();
  }

  @Test
  void cockpitsListOfProcessesCountsOnlyThePlansAUnitTakesPartIn() throws Exception {
    workflow.issued(provincialPlan("Kế hoạch của tỉnh, không phải của phường"));
    long everyPlan = runtime.createProcessInstanceQuery().processDefinitionKey("plan-lifecycle").count();
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"
        + "?sortBy=name&sortOrder=asc&firstResult=0&maxResults=50";
    for (String user : List.of("ubndphuong", "vanphong")) {
      identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList());
      long readable;
      try {
        readable = runtime.createProcessInstanceQuery().processDefinitionKey("plan-lifecycle").count();
      } finally {
        identity.clearAuthentication();
      }
      HttpResponse<String> answer = new WebappBrowser(port).logIn(user).sendFromWebapp("GET", statistics, null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode lifecycle = lifecycle(answer.body());
      assertThat(lifecycle.get("instances").asLong()).as("%s counts the plans it may read", user).isEqualTo(readable);
      assertThat(lifecycle.get("name").asText()).isEqualTo("Vòng đời kế hoạch (Plan lifecycle)");
    }
    assertThat(lifecycleCountOf("ubndphuong", statistics)).as("the ward takes no part in the province's plans")
        .isLessThan(everyPlan);
    HttpResponse<String> admin = new WebappBrowser(port).logIn("demo").sendFromWebapp("GET", statistics, null);
    assertThat(lifecycle(admin.body()).get("instances").asLong()).as("the administrator counts every plan")
        .isEqualTo(everyPlan);
  }

  private long lifecycleCountOf(String user, String statistics) throws Exception {
    return lifecycle(new WebappBrowser(port).logIn(user).sendFromWebapp("GET", statistics, null).body())
        .get("instances").asLong();
  }

  private JsonNode lifecycle(String body) throws Exception {
    for (JsonNode definition : json.readTree(body)) {
      if ("plan-lifecycle".equals(definition.get("key").asText())) {
        return definition;
      }
    }
    throw new AssertionError("no plan-lifecycle in " + body);
  }

  @Test
  void tasksGrantedBeforeKeepNoUpdate() {
    Plan plan = workflow.issued(provincialPlan("Kế hoạch có việc được cấp quyền theo cách cũ"));
    Task work = workflow.workTasks(plan).get(0);
    // as the engine granted a candidate group before TASK_WORK was configured
    Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    old.setGroupId(PlanFixtures.INSPECTION);
    old.setResource(Resources.TASK);
    old.setResourceId(work.getId());
    old.addPermission(Permissions.READ);
    old.addPermission(Permissions.UPDATE);
    authorizations.saveAuthorization(old);

    narrowing.narrow();

    Authorization now = authorizations.createAuthorizationQuery().authorizationId(old.getId()).singleResult();
    assertThat(now.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(now.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(now.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(now.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("camunda-admin").resourceType(Resources.TASK)
        .singleResult().isPermissionGranted(Permissions.UPDATE)).as("the administrators' grant on every task")
        .isTrue();
  }

  private record TaskState(String name, String description, Date due, Date followUp, int priority, String assignee,
                           String owner, List<String> candidates, Map<String, Object> variables) {}

  private TaskState state(Task task) {
    Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    return new TaskState(now.getName(), now.getDescription(), now.getDueDate(), now.getFollowUpDate(),
        now.getPriority(), now.getAssignee(), now.getOwner(), tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList(),
        runtime.getVariables(task.getExecutionId()));
  }

  private ResponseEntity<String> send(HttpMethod method, String uri, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(UNIT_USER, "demo").exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }
}
