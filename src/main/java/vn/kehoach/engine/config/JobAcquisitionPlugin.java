package vn.kehoach.engine.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
    if (supported(configuration)) {
      configuration.setEnsureJobDueDateNotNull(true);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!supported(configuration)) {
      return;
    }
    String jobs = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      // IF NOT EXISTS: every node runs this at start; the first creates the indexes
      statement.execute("create index if not exists " + DUE_DATE_INDEX + " on " + jobs + " (DUEDATE_)");
      if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
        statement.execute("create index if not exists " + LOCKED_INDEX + " on " + jobs
            + " (PROCESS_INSTANCE_ID_) where EXCLUSIVE_ and LOCK_OWNER_ is not null");
      }
      statement.executeUpdate(
          "update " + jobs + " set DUEDATE_ = coalesce(CREATE_TIME_, CURRENT_TIMESTAMP) where DUEDATE_ is null");
    } catch (SQLException e) {
      throw new ProcessEngineException("could not add the job acquisition indexes: " + e.getMessage(), e);
    }
  }

  private static boolean supported(ProcessEngineConfigurationImpl configuration) {
    String database = configuration.getDatabaseType();
    return DbSqlSessionFactory.POSTGRES.equals(database) || DbSqlSessionFactory.H2.equals(database);
  }
}
