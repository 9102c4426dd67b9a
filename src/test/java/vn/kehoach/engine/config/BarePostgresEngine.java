package vn.kehoach.engine.config;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import vn.kehoach.operations.PostgresDatabase;

/**
 * A bare engine (no Spring, no history, job executor off) with one plugin, on a fresh PostgreSQL database; closing
 * it closes the engine and drops the database.
 */
final class BarePostgresEngine implements AutoCloseable {

  final PostgresDatabase database;
  final ProcessEngine engine;

  private BarePostgresEngine(PostgresDatabase database, ProcessEngine engine) {
    this.database = database;
    this.engine = engine;
  }

  static BarePostgresEngine start(String name, boolean authorizations, ProcessEnginePlugin plugin) {
    PostgresDatabase database = PostgresDatabase.create(name.replace("-", ""));
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(database.url);
    configuration.setJdbcUsername(PostgresDatabase.USER);
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(authorizations);
    configuration.setProcessEnginePlugins(List.of(plugin));
    try {
      return new BarePostgresEngine(database, configuration.buildProcessEngine());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      engine.close();
    } finally {
      database.close();
    }
  }
}
