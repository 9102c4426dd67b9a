package vn.kehoach.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.operations.PostgresDatabase;

/**
 * The statements TaskListQueriesPlugin puts in place of the engine's answer as the engine's do, on PostgreSQL: for
 * every kind of grant a unit, a user or everyone can hold, the same tasks are listed and counted with ours as with
 * the engine's own statements (the plugin's statements switched off and on again in one engine), and the groups
 * holding an authorization are the same. A bare engine on a fresh database, authorizations on.
 */
class TaskListQueriesPluginTest {

  private static BarePostgresEngine bare;
  private static PostgresDatabase database;
  private static ProcessEngine engine;
  private static Map<String, String> ours;
  private static Map<String, String> engines;

  @BeforeAll
  static void engine() {
    bare = BarePostgresEngine.start("task-list-queries-test", true, new TaskListQueriesPlugin());
    database = bare.database;
    engine = bare.engine;
    ours = sessions().getStatementMappings();
    engines = TaskListQueriesPlugin.withoutOurs(ours);
    offerTasks();
  }

  @AfterAll
  static void close() {
    if (bare != null) {
      bare.close();
    }
  }

  /** Tasks offered to wards 1 to 3 in two processes, one claimed by a user, and grants of every kind. */
  private static void offerTasks() {
    for (String key : List.of("offer", "report")) {
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
          Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
              .userTask("Task_" + key).camundaCandidateGroups("${unit}").endEvent().done()).deploy();
      for (String unit : List.of("ward-1", "ward-2", "ward-3", "ward-1")) {
        engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("unit", unit));
      }
    }
    // one task offered to two wards: a person of both must see it once, listed and counted
    engine.getRepositoryService().createDeployment().addModelInstance("shared.bpmn",
        Bpmn.createExecutableProcess("shared").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_shared").camundaCandidateGroups("ward-1, ward-3").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("shared", Map.of("unit", "ward-1"));
    TaskService tasks = engine.getTaskService();
    Task claimed = tasks.createTaskQuery().taskCandidateGroup("ward-2").processDefinitionKey("report").list().get(0);
    tasks.setAssignee(claimed.getId(), "clerk");
    Task oneOfWard3 = tasks.createTaskQuery().taskCandidateGroup("ward-3").processDefinitionKey("offer").list().get(0);

    AuthorizationService authorizations = engine.getAuthorizationService();
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "auditors", null, Resources.PROCESS_DEFINITION, "report",
        ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, null, "inspector", Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "all-tasks", null, Resources.TASK, "*", Permissions.READ);
    grant(authorizations, Authorization.AUTH_TYPE_GLOBAL, null, "*", Resources.TASK, oneOfWard3.getId(),
        Permissions.READ);
    // a grant without the permission asked for must not count
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "readers-only", null, Resources.PROCESS_DEFINITION,
        "offer", Permissions.READ);
  }

  @Test
  void listsAndCountsTheTasksTheEnginesOwnStatementsFind() {
    Map<String, List<String>> people = new HashMap<>();
    people.put("member-1", List.of("ward-1"));
    people.put("member-2", List.of("ward-2"));
    people.put("member-1-and-3", List.of("ward-1", "ward-3"));
    people.put("clerk", List.of());
    people.put("auditor", List.of("auditors"));
    people.put("inspector", List.of());
    people.put("everything", List.of("all-tasks"));
    people.put("reader", List.of("readers-only"));
    people.put("stranger", List.of("ward-9"));
    List<Function<TaskService, TaskQuery>> queries = List.of(
        tasks -> tasks.createTaskQuery(),
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ward-1", "ward-2")),
        tasks -> tasks.createTaskQuery().processDefinitionKey("report").orderByTaskCreateTime().desc(),
        tasks -> tasks.createTaskQuery().taskCandidateGroup("ward-3").or().taskAssignee("clerk")
            .taskCandidateGroup("ward-2").endOr(),
        tasks -> tasks.createTaskQuery().taskCandidateUser("member-1-and-3").includeAssignedTasks(),
        // Tasklist's page: the filter's order, then its own (EXISTS, no DISTINCT, in ours)
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ward-1", "ward-3")).includeAssignedTasks()
            .orderByDueDate().asc().orderByTaskPriority().desc().orderByTaskCreateTime().desc(),
        // ordered by a variable: the variable tables are joined, so ours keeps the engine's DISTINCT
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ward-1", "ward-3"))
            .orderByProcessVariable("unit", ValueType.STRING).asc());
    int compared = 0;
    Set<Integer> sizes = new HashSet<>();
    for (Map.Entry<String, List<String>> person : people.entrySet()) {
      for (Function<TaskService, TaskQuery> query : queries) {
        List<String> withEngines = visible(person.getKey(), person.getValue(), query, engines);
        List<String> withOurs = visible(person.getKey(), person.getValue(), query, ours);
        assertThat(withOurs).as(person.getKey()).containsExactlyInAnyOrderElementsOf(withEngines);
        sizes.add(withOurs.size());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(63);
    assertThat(sizes).as("the cases see different numbers of tasks, from none to all 9").contains(0, 1, 9);
    // the two of ward 2, and the one task every user may read (a global grant)
    assertThat(visible("member-2", List.of("ward-2"), TaskService::createTaskQuery, ours)).hasSize(3);
    assertThat(visible("inspector", List.of(), TaskService::createTaskQuery, ours)).hasSize(9);
    // the shared task once: four of ward 1 and two of ward 3 (offer and report each), and the shared one
    assertThat(visible("member-1-and-3", List.of("ward-1", "ward-3"),
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ward-1", "ward-3")), ours))
        .doesNotHaveDuplicates().hasSize(7);
    assertThat(visible("auditor", List.of("auditors"), TaskService::createTaskQuery, ours)).hasSize(5);
    assertThat(visible("stranger", List.of("ward-9"), TaskService::createTaskQuery, ours)).hasSize(1);
    assertThat(visible("reader", List.of("readers-only"), TaskService::createTaskQuery, ours)).hasSize(1);
  }

  @Test
  void asksCandidateLinksWithExistsUnlessAnOrQueryOrInvolvedUserNeedsTheJoin() {
    TaskService tasks = engine.getTaskService();
    String page = sql(tasks.createTaskQuery().taskCandidateGroupIn(List.of("ward-1", "ward-3")).includeAssignedTasks()
        .orderByDueDate().asc().orderByTaskCreateTime().desc());
    assertThat(page).containsIgnoringCase("EXISTS ( select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_")
        .doesNotContainIgnoringCase("distinct").doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK");
    String withOr = sql(tasks.createTaskQuery().taskCandidateGroup("ward-3").or().taskAssignee("clerk")
        .taskCandidateGroup("ward-2").endOr());
    assertThat(withOr).containsIgnoringCase("select distinct").containsIgnoringCase("left join ACT_RU_IDENTITYLINK I");
    assertThat(sql(tasks.createTaskQuery().taskInvolvedUser("clerk"))).containsIgnoringCase("select distinct");
  }

  /** The page statement ours would send for {@code query}, blanks collapsed. */
  private static String sql(TaskQuery query) {
    return configuration().getSqlSessionFactory().getConfiguration()
        .getMappedStatement(TaskListQueriesPlugin.EVERY_DATABASE.get("selectTaskByQueryCriteria"))
        .getBoundSql(query).getSql().replaceAll("\\s+", " ");
  }

  @Test
  void addsTheTaskListIndexes() {
    Set<String> indexes = new HashSet<>(database.jdbc
        .sql("select upper(indexname) from pg_indexes where tablename in "
            + "('act_ru_task', 'act_ru_identitylink', 'act_ru_authorization')").query(String.class).list());
    assertThat(indexes).containsAll(TaskListQueriesPlugin.INDEXES.keySet());
  }

  @Test
  void theGroupsHoldingAnAuthorizationAreTheEnginesAnswer() {
    assertThat(sessions().mapStatement("selectAuthorizedGroupIds"))
        .isEqualTo(TaskListQueriesPlugin.POSTGRES_ONLY.get("selectAuthorizedGroupIds"));
    List<String> indexed = inCommand("selectAuthorizedGroupIds");
    Set<String> everyGroup = new HashSet<>(database.jdbc
        .sql("select distinct group_id_ from act_ru_authorization where group_id_ is not null").query(String.class)
        .list());
    assertThat(indexed).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(new HashSet<>(indexed)).isEqualTo(everyGroup)
        .contains("ward-1", "ward-2", "ward-3", "auditors", "all-tasks", "readers-only");
  }

  /** Ids of the tasks the person sees, listed, after checking that the count says the same. */
  private static List<String> visible(String user, List<String> groups, Function<TaskService, TaskQuery> query,
      Map<String, String> statements) {
    sessions().setStatementMappings(statements);
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      TaskQuery tasks = query.apply(engine.getTaskService());
      List<String> ids = tasks.list().stream().map(Task::getId).toList();
      assertThat(query.apply(engine.getTaskService()).count()).as("count for " + user).isEqualTo(ids.size());
      assertThat(query.apply(engine.getTaskService()).listPage(0, 3)).hasSize(Math.min(3, ids.size()));
      return ids;
    } finally {
      engine.getIdentityService().clearAuthentication();
      sessions().setStatementMappings(ours);
    }
  }

  private static void grant(AuthorizationService authorizations, int type, String group, String user,
      Resources resource, String resourceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(type);
    grant.setGroupId(group);
    grant.setUserId(user);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  private static List<String> inCommand(String statement) {
    Command<List<String>> select = context -> context.getDbEntityManager().selectList(statement);
    return configuration().getCommandExecutorTxRequired().execute(select);
  }

  private static DbSqlSessionFactory sessions() {
    return configuration().getDbSqlSessionFactory();
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
