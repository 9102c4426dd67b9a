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
class JobAcquisitionPluginTest {

  private static BarePostgresEngine bare;
  private static PostgresDatabase database;
  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    bare = BarePostgresEngine.start("job-acquisition-test", false, new JobAcquisitionPlugin());
    database = bare.database;
    engine = bare.engine;
    engine.getRepositoryService().createDeployment().addModelInstance("later.bpmn",
        Bpmn.createExecutableProcess("later").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
            .intermediateCatchEvent().timerWithDuration("P30D").endEvent().done()).deploy();
  }

  @AfterAll
  static void close() {
    if (bare != null) {
      bare.close();
    }
  }

  @Test
  void theIndexesExistAndTheQueryAsksOnlyForDueJobs() {
    assertThat(configuration().isEnsureJobDueDateNotNull()).isTrue();
    for (String index : List.of(JobAcquisitionPlugin.DUE_DATE_INDEX, JobAcquisitionPlugin.LOCKED_INDEX)) {
      assertThat(database.jdbc.sql("select count(*) from pg_indexes where indexname = :name")
          .param("name", index.toLowerCase()).query(Long.class).single()).as(index).isEqualTo(1);
    }
  }

  @Test
  void aJobRunningInAProcessInstanceHoldsBackTheOthersOfIt() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("later").getId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
    String other = engine.getRuntimeService().startProcessInstanceByKey("later").getId();
    String otherJob = engine.getManagementService().createJobQuery().processInstanceId(other).singleResult().getId();
    // as if another node were running a job of the first instance (exclusive jobs of one instance run one at a time)
    database.jdbc.sql("""
            insert into act_ru_job (id_, rev_, type_, lock_owner_, lock_exp_time_, exclusive_, process_instance_id_,
                                    retries_, duedate_, suspension_state_, priority_, create_time_)
            values ('running-elsewhere', 1, 'message', 'node-2', now() + interval '5 minutes', true, :instance,
                    3, now(), 1, 0, now())""").param("instance", instance).update();
    try {
      assertThat(acquired()).contains(otherJob).doesNotContain(job, "running-elsewhere");
    } finally {
      database.jdbc.sql("delete from act_ru_job where id_ = 'running-elsewhere'").update();
    }
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

    new JobAcquisitionPlugin().postProcessEngineBuild(engine);

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
