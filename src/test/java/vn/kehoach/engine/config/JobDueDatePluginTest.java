package vn.kehoach.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.operations.PostgresDatabase;

/**
 * With the plugin, on PostgreSQL: the due-date index exists, every new job has a due date, due jobs are acquired
 * and jobs of the future are not, and a job left without a due date (written before the plugin) gets one at start.
 */
class JobDueDatePluginTest {

  private static PostgresDatabase database;
  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    database = PostgresDatabase.create("jobduedate");
    engine = BarePostgresEngine.build(database, "job-due-date-test", false, new JobDueDatePlugin());
    engine.getRepositoryService().createDeployment().addModelInstance("later.bpmn",
        Bpmn.createExecutableProcess("later").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
            .intermediateCatchEvent().timerWithDuration("P30D").endEvent().done()).deploy();
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theIndexExistsAndTheQueryAsksOnlyForDueJobs() {
    assertThat(configuration().isEnsureJobDueDateNotNull()).isTrue();
    assertThat(database.jdbc.sql("select count(*) from pg_indexes where indexname = :name")
        .param("name", JobDueDatePlugin.INDEX.toLowerCase()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void dueJobsAreAcquiredAndFutureOnesAreNot() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("later").getId();
    Job continuation = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(continuation.getDuedate()).as("an async continuation gets a due date").isNotNull();
    assertThat(acquired()).contains(continuation.getId());

    engine.getManagementService().executeJob(continuation.getId());
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(timer.getDuedate()).isAfter(new Date());
    assertThat(acquired()).doesNotContain(timer.getId());
  }

  @Test
  void aJobWithoutDueDateFromBeforeGetsOneAtStart() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("later").getId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
    database.jdbc.sql("update act_ru_job set duedate_ = null where id_ = :id").param("id", job).update();
    assertThat(acquired()).as("the engine no longer looks at jobs without due date").doesNotContain(job);

    new JobDueDatePlugin().postProcessEngineBuild(engine);

    assertThat(engine.getManagementService().createJobQuery().jobId(job).singleResult().getDuedate()).isNotNull();
    assertThat(acquired()).contains(job);
  }

  private static List<String> acquired() {
    List<String> ids = configuration().getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(configuration().getJobExecutor(), 1000))
        .getJobIdBatches().stream().flatMap(List::stream).toList();
    // acquisition locks what it found; unlock so that the next look sees the same jobs
    database.jdbc.sql("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null").update();
    return ids;
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
