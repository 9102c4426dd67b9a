package vn.kehoach.engine.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Faster statements for what every Tasklist page asks with authorizations on: its tasks, their count, and, before
 * each, which groups hold any authorization. Found by the benchmark (README): with 141,000 open tasks the engine's
 * statements took p95 1.1 s for one unit's page and count on PostgreSQL, ours 97 ms.
 *
 * <ul>
 *   <li>The task query joins the user's grants on {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, a condition no hash
 *       join can use, so with accurate statistics PostgreSQL compares every task of the unit with every grant of
 *       the unit (one per open task). Ours asks the same with uncorrelated subqueries (see task-list-queries.xml),
 *       which the database runs once per query. On PostgreSQL and H2; revoke checks keep the engine's statement.</li>
 *   <li>"Which groups hold any authorization" ({@code SELECT DISTINCT GROUP_ID_}) read the whole authorization table
 *       (a row per open task and per plan participant); on PostgreSQL ours walks the group index instead.</li>
 *   <li>Two indexes the engine's schema lacks, read without the table: a unit's candidate links with their task,
 *       and a group's grants with their resource and permissions (issue 17). No index in the page's order: walking
 *       it stops after 15 of the unit's tasks only when they are spread evenly; a unit whose tasks all come late in
 *       that order made PostgreSQL walk 80,000 others' tasks (190 ms a page instead of 16).</li>
 * </ul>
 * The engine finds our statements under its own names through its table of database-specific statements.
 */
@Component
public class TaskListQueriesPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPER = "vn/kehoach/engine/config/task-list-queries.xml";
  public static final Map<String, String> EVERY_DATABASE = Map.of(
      "selectTaskByQueryCriteria", "selectTaskByQueryCriteriaAuthorizedBySubquery",
      "selectTaskCountByQueryCriteria", "selectTaskCountByQueryCriteriaAuthorizedBySubquery");
  /** Index name → table (without prefix) and columns; created at start if missing (every node tries; IF NOT EXISTS). */
  static final Map<String, String> INDEXES = Map.of(
      "KH_IDX_IDENT_LNK_GROUP_TASK", "ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "KH_IDX_AUTH_GROUP_GRANTS", "ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_)");
  public static final Map<String, String> POSTGRES_ONLY = Map.of(
      "selectAuthorizedGroupIds", "selectAuthorizedGroupIdsByIndex");

  /** The engine's own table of statements: {@code statements} without the replacements this plugin put in. */
  public static Map<String, String> withoutOurs(Map<String, String> statements) {
    Map<String, String> engines = new HashMap<>(statements);
    engines.keySet().removeAll(EVERY_DATABASE.keySet());
    engines.keySet().removeAll(POSTGRES_ONLY.keySet());
    return engines;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    String database = configuration.getDatabaseType();
    if (!EngineSchemaAdditions.supported(database)) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
      new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a copy: the engine's table of database-specific statements is shared by every engine of this JVM
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> statements = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      statements.putAll(sessions.getStatementMappings());
    }
    statements.putAll(EVERY_DATABASE);
    if (DbSqlSessionFactory.POSTGRES.equals(database)) {
      statements.putAll(POSTGRES_ONLY);
    }
    sessions.setStatementMappings(statements);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    EngineSchemaAdditions.run(engine, "the task list indexes", configuration -> INDEXES.entrySet().stream()
        .map(index -> "create index if not exists " + index.getKey() + " on " + configuration.getDatabaseTablePrefix()
            + index.getValue())
        .toList());
  }
}
