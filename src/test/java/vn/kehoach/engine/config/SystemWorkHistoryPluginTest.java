package vn.kehoach.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * What the engine does on its own in a plan's processes leaves no variable details and no job log of timers created
 * or deleted (a timer that fired is logged); what a person does through /engine-rest keeps the full history, user operation log included.
 */
@IntegrationTest
class SystemWorkHistoryPluginTest {

  @Autowired Workflow workflow;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void theSystemsOwnWorkKeepsTheLatestValuesAndNoDetails() {
    Plan plan = workflow.issued(PlanFixtures.provincialPlanDueAround("Kế hoạch kiểm tra lịch sử của hệ thống",
        java.time.LocalDate.now()));
    String[] instances = instances(plan);
    assertThat(instances).hasSize(4);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).count())
        .as("each variable's latest value").isGreaterThan(20);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(plan.processInstanceId()).count())
        .as("every step").isGreaterThan(5);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.processInstanceId()).finished()
        .count()).as("draft, review, signature").isEqualTo(3);
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(instances).count()).as("details").isZero();

    List<Job> timers = workflow.timers(plan);
    assertThat(timers).isNotEmpty();
    ClockUtil.setCurrentTime(new Date(timers.stream().mapToLong(j -> j.getDuedate().getTime()).min().orElseThrow()
        + 1000));
    int fired = workflow.fireDueTimers(plan);
    assertThat(fired).isPositive();
    List<org.camunda.bpm.engine.history.HistoricJobLog> log = java.util.Arrays.stream(instances)
        .flatMap(i -> history.createHistoricJobLogQuery().processInstanceId(i).list().stream()).toList();
    assertThat(log).as("the timers that fired, each once, and nothing of timers created or deleted").hasSize(fired)
        .allSatisfy(entry -> assertThat(entry.isSuccessLog()).isTrue());
  }

  @Test
  void aPersonsDecisionThroughEngineRestKeepsItsFullHistory() {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch kiểm tra lịch sử của người dùng"));
    workflow.complete(plan, Elements.DRAFT, java.util.Map.of("draftReady", true));
    String review = workflow.task(plan, Elements.REVIEW).getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("vanphong", "demo").postForEntity("/engine-rest/task/" + review + "/complete",
        new HttpEntity<>("{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}", headers), String.class)
        .getStatusCode().value()).isEqualTo(204);

    assertThat(history.createHistoricDetailQuery().processInstanceId(plan.processInstanceId()).variableUpdates()
        .list()).as("the office's decision, as a detail").anySatisfy(detail ->
        assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
            .isEqualTo("decision"));
    assertThat(history.createUserOperationLogQuery().taskId(review).userId("vanphong").count())
        .as("who completed the review").isPositive();
  }

  private String[] instances(Plan plan) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey()).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }
}
