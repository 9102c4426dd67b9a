package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.provincialPlan;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * A late unit cannot switch off its own escalation: the engine counted a refused {@code POST /job/{id}/execute} as a
 * failure of the job, and three such calls silenced the timer. Job calls are for administrators, refused before the
 * engine sees them; the job keeps its retries and fires at its time.
 */
@IntegrationTest
class JobOperationsTest {

  @Autowired TestRestTemplate rest;
  @Autowired Workflow workflow;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignments;

  @Test
  void aUnitCannotTouchTheTimerOfItsOwnDeadline() {
    // the propaganda commission's deadline (30/04/2026) has passed: its escalation timer is due
    Plan plan = workflow.issued(provincialPlan("Kế hoạch thử tắt việc đôn đốc"));
    Job escalation = workflow.timers(plan).stream().filter(job -> PlanFixtures.PROPAGANDA.equals(unitOf(job)))
        .flatMap(job -> management.createJobQuery().processInstanceId(job.getProcessInstanceId())
            .activityId(AssignmentProcess.Elements.DEADLINE_MISSED).list().stream())
        .findFirst().orElseThrow();
    int retries = escalation.getRetries();

    for (String uri : List.of("/engine-rest/job/" + escalation.getId() + "/execute",
        "/camunda/api/engine/engine/default/job/" + escalation.getId() + "/execute")) {
      for (int i = 0; i < 3; i++) {
        ResponseEntity<String> refused = send("tuyengiao", HttpMethod.POST, uri, "{}");
        assertThat(refused.getStatusCode()).as("%s, try %d: %s", uri, i + 1, refused.getBody())
            .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
      }
    }
    for (String call : List.of("/engine-rest/job/" + escalation.getId() + "/retries",
        "/engine-rest/job/" + escalation.getId() + "/duedate")) {
      assertThat(send("tuyengiao", HttpMethod.PUT, call, "{\"retries\": 0, \"duedate\": \"2036-01-01T00:00:00.000+0700\"}")
          .getStatusCode()).as(call).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(send("tuyengiao", HttpMethod.GET, "/engine-rest/job?processInstanceBusinessKey=" + plan.id(), null)
        .getStatusCode()).as("listing jobs").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("tuyengiao", HttpMethod.GET, "/engine-rest/job/" + escalation.getId() + "/stacktrace", null)
        .getStatusCode()).as("a job's stack trace").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("tuyengiao", HttpMethod.GET, "/engine-rest/history/job-log?jobId=" + escalation.getId(), null)
        .getBody()).as("the job's history").isEqualTo("[]");
    assertThat(send("demo", HttpMethod.GET, "/engine-rest/job?processInstanceBusinessKey=" + plan.id(), null)
        .getStatusCode()).as("the administrator lists them").isEqualTo(HttpStatus.OK);

    Job after = management.createJobQuery().jobId(escalation.getId()).singleResult();
    assertThat(after.getRetries()).as("retries untouched").isEqualTo(retries);
    assertThat(after.getDuedate()).isEqualTo(escalation.getDuedate());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(workflow.fireDueTimers(plan)).as("the timer still fires").isPositive();
    assertThat(assignments.assignment(assignmentOf(after)).escalatedAt()).as("and escalates").isNotNull();
  }

  /** Only the system says that a unit's own plan is issued (issue 15): messages and signals are admin-only. */
  @Test
  void aUnitCannotSendMessagesOrSignalsIntoTheProcesses() {
    String message = "{\"messageName\": \"OwnPlanIssued\", \"all\": true}";
    ResponseEntity<String> refused = send("pbtphuong", HttpMethod.POST, "/engine-rest/message", message);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Chỉ hệ thống gửi sự kiện");
    assertThat(send("pbtphuong", HttpMethod.POST, "/engine-rest/signal", "{\"name\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String unitOf(Job job) {
    return (String) workflow.variable(job.getProcessInstanceId(), "assignmentUnit");
  }

  private long assignmentOf(Job job) {
    return (Long) workflow.variable(job.getProcessInstanceId(), "assignmentId");
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String uri, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(uri, method, new HttpEntity<>(body, headers), String.class);
  }
}
