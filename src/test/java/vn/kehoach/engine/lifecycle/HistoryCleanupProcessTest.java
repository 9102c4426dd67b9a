package vn.kehoach.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.HistoryCleanupRuns;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.ProcessTest;
import vn.kehoach.support.Workflow;

/**
 * History stays bounded: both processes keep an instance's history five years after the plan ended, the engine's
 * cleanup job runs in the nightly window (application.yaml), and once the five years have passed it deletes the ended
 * plan's instances with their assignments while a running plan's history stays, as does the plan's own record.
 */
@ProcessTest
class HistoryCleanupProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired PlanService plans;
  @Autowired Workflow workflow;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void bothProcessesKeepHistoryFiveYearsAndTheCleanupRunsAtNight() {
    for (String key : List.of(PlanLifecycleProcess.KEY, AssignmentProcess.KEY)) {
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
          .getHistoryTimeToLive()).as(key).isEqualTo(1825);
    }
    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).as("the engine's cleanup job, scheduled at start").isNotEmpty();
    LocalTime at = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
    assertThat(at.isBefore(LocalTime.of(5, 0)) || !at.isBefore(LocalTime.of(22, 0)))
        .as("due at %s, within 22:00-05:00", at).isTrue();
  }

  @Test
  void anEndedPlansHistoryIsDeletedFiveYearsOnAndARunningOnesStays() {
    Plan rejected = workflow.toSignature(PlanFixtures.provincialPlan("Kế hoạch bị trả lại, lịch sử được dọn"));
    workflow.decide(rejected, Elements.SIGN, "REJECT", "Không ban hành kế hoạch này");
    assertThat(workflow.reload(rejected).state()).isEqualTo(PlanState.REJECTED);
    Plan running = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch đang thực hiện, lịch sử được giữ"));
    assertThat(instances(rejected)).hasSize(1);
    assertThat(instances(running)).hasSize(4);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1824))));
    HistoryCleanupRuns.untilNothingDue(engine, 10);
    assertThat(instances(rejected)).as("within five years").hasSize(1);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    HistoryCleanupRuns.untilNothingDue(engine, 10);
    assertThat(instances(rejected)).as("five years after it ended").isEmpty();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(rejected.businessKey()).count())
        .isZero();
    assertThat(instances(running)).as("a running plan's history").hasSize(4);
    assertThat(plans.get(rejected.id()).history()).as("the plan's own record").isNotEmpty();
  }

  private List<HistoricProcessInstance> instances(Plan plan) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey()).list();
  }
}
