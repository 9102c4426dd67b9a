package vn.kehoach.engine.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * What our engine plugins add to the engine's own tables at start (indexes its schema lacks), on the databases the
 * application runs on. Every node runs the statements when it starts, so they must be safe to repeat
 * ({@code create index if not exists}).
 */
final class EngineSchemaAdditions {

  /** PostgreSQL in production, H2 by default: the databases whose statements and indexes our plugins know. */
  static boolean supported(String databaseType) {
    return DbSqlSessionFactory.POSTGRES.equals(databaseType) || DbSqlSessionFactory.H2.equals(databaseType);
  }

  /**
   * On a supported database, runs the statements {@code statements} makes for the engine's configuration (its table
   * prefix, its database type), in order, on a connection of the engine's own; {@code what} names them in an error.
   */
  static void run(ProcessEngine engine, String what,
                  Function<ProcessEngineConfigurationImpl, List<String>> statements) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (supported(configuration.getDatabaseType())) {
      run(configuration, what, statements.apply(configuration));
    }
  }

  private static void run(ProcessEngineConfigurationImpl configuration, String what, List<String> statements) {
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("could not add " + what + ": " + e.getMessage(), e);
    }
  }

  private EngineSchemaAdditions() {}
}
