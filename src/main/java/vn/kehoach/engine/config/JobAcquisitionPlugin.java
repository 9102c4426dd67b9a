package vn.kehoach.engine.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The job executor finds due jobs without reading the whole job table. That table holds three timers for every
 * open assignment (reminder, deadline, grace period), nearly all weeks ahead, and the engine's acquisition query
 * read all of them on every acquisition, several times a second during an escalation storm (README, benchmark):
 *
 * <ul>
 *   <li>Every job gets a due date (Camunda's ensureJobDueDateNotNull: "now" for continuations), so the query asks
 *       only {@code DUEDATE_ <= now}, answered by an index on the due date that the engine's schema lacks.</li>
 *   <li>On PostgreSQL, the query's "no other job of this process instance is running" check collected the locked
 *       jobs by reading the whole table; a partial index holds just those (a few dozen at most).</li>
 * </ul>
 * Jobs written earlier without a due date get one, or they would never be acquired again.
 */
@Component
public class JobAcquisitionPlugin extends AbstractProcessEnginePlugin {

  public static final String DUE_DATE_INDEX = "KH_IDX_JOB_DUEDATE";
  public static final String LOCKED_INDEX = "KH_IDX_JOB_LOCKED_EXCLUSIVE";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (EngineSchemaAdditions.supported(configuration.getDatabaseType())) {
      configuration.setEnsureJobDueDateNotNull(true);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    EngineSchemaAdditions.run(engine, "the job acquisition indexes", JobAcquisitionPlugin::statements);
  }

  private static List<String> statements(ProcessEngineConfigurationImpl configuration) {
    String jobs = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    List<String> statements = new ArrayList<>();
    statements.add("create index if not exists " + DUE_DATE_INDEX + " on " + jobs + " (DUEDATE_)");
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      statements.add("create index if not exists " + LOCKED_INDEX + " on " + jobs
          + " (PROCESS_INSTANCE_ID_) where EXCLUSIVE_ and LOCK_OWNER_ is not null");
    }
    statements.add(
        "update " + jobs + " set DUEDATE_ = coalesce(CREATE_TIME_, CURRENT_TIMESTAMP) where DUEDATE_ is null");
    return statements;
  }
}
