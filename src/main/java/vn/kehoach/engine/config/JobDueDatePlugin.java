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
 * The job executor looks for due jobs through an index on their due date instead of reading the whole job table.
 * That table holds three timers for every open assignment (reminder, deadline, grace period), nearly all of them
 * weeks ahead, and the engine's acquisition query ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}, no index) read them
 * all on every acquisition, several times a second during an escalation storm (README, benchmark).
 *
 * <p>Every job gets a due date (Camunda's ensureJobDueDateNotNull: "now" for continuations), so the query asks only
 * {@code DUEDATE_ <= now}, and this plugin adds the index the engine's schema lacks. Jobs written before without a
 * due date get one, or they would never be acquired again.
 */
@Component
public class JobDueDatePlugin extends AbstractProcessEnginePlugin {

  public static final String INDEX = "KH_IDX_JOB_DUEDATE";

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
      // IF NOT EXISTS: every node runs this at start; the first creates the index
      statement.execute("create index if not exists " + INDEX + " on " + jobs + " (DUEDATE_)");
      statement.executeUpdate("update " + jobs + " set DUEDATE_ = coalesce(CREATE_TIME_, CURRENT_TIMESTAMP) where DUEDATE_ is null");
    } catch (SQLException e) {
      throw new ProcessEngineException("could not add the job due-date index " + INDEX + ": " + e.getMessage(), e);
    }
  }

  private static boolean supported(ProcessEngineConfigurationImpl configuration) {
    String database = configuration.getDatabaseType();
    return DbSqlSessionFactory.POSTGRES.equals(database) || DbSqlSessionFactory.H2.equals(database);
  }
}
