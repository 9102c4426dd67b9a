package vn.kehoach.engine.config;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import vn.kehoach.operations.PostgresDatabase;

/** A bare engine (no Spring, no history, job executor off) on a fresh PostgreSQL database, with one plugin. */
final class BarePostgresEngine {

  static ProcessEngine build(PostgresDatabase database, String name, boolean authorizations,
      ProcessEnginePlugin plugin) {
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
    return configuration.buildProcessEngine();
  }

  private BarePostgresEngine() {}
}
