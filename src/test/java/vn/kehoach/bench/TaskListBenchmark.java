package vn.kehoach.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.engine.config.TaskListQueriesPlugin;

/**
 * Scenario 4: one unit's task list as Tasklist asks for it, through the application's "my units' tasks" filter
 * (candidate groups = the user's groups, assigned tasks included): a page of 15 sorted by creation time, newest
 * first, plus the count, under the user's authentication with authorizations on; in each round once with the
 * engine's own statements and once with ours (TaskListQueriesPlugin), side by side. The open tasks are many
 * instances of a one-task process, each task offered to one of 50 groups, started in batches (one transaction per
 * batch, two threads) until the target or the time limit is reached.
 */
final class TaskListBenchmark {

  static final String KEY = "bench-one-task";
  static final String FILTER = "Việc của đơn vị (My unit's tasks)";
  static final int GROUPS = 50;
  static final int BATCH = 500;
  static final String ENGINE = "engine's statements";
  static final String OURS = "ours (TaskListQueriesPlugin)";

  private final AppContext app;
  private final Report report;

  TaskListBenchmark(AppContext app, Report report) {
    this.app = app;
    this.report = report;
  }

  void run(int target, double fillSeconds, int queriesPerRound, int rounds) throws Exception {
    app.engine.getRepositoryService().createDeployment().name("bench-tasklist").addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent()
            .userTask("Task_Bench").name("Việc đo hiệu năng").camundaCandidateGroups("${unit}").endEvent().done())
        .deploy();
    long start = System.nanoTime();
    int started = fill(target, fillSeconds);
    double seconds = (System.nanoTime() - start) / 1e9;
    app.analyze();
    TaskService tasks = app.engine.getTaskService();
    long open = tasks.createTaskQuery().count();
    System.out.printf("  task list: %d instances started in %.0f s (%.0f/s); %d open tasks in all%n", started, seconds,
        started / seconds, open);

    FilterService filters = app.engine.getFilterService();
    IdentityService identity = app.engine.getIdentityService();
    Filter filter = filters.createFilterQuery().filterName(FILTER).singleResult();
    String group = "bench-unit-07";
    DbSqlSessionFactory sessions = app.configuration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = TaskListQueriesPlugin.withoutOurs(ours);
    Map<String, Rounds> p50 = new LinkedHashMap<>();
    Map<String, Rounds> p95 = new LinkedHashMap<>();
    Rounds ratio50 = new Rounds();
    Rounds ratio95 = new Rounds();
    PgStatements statements = new PgStatements(app.bean(DataSource.class));
    long count;
    identity.setAuthentication("bench-user", List.of(group));
    try {
      count = filters.count(filter.getId());
      statements.reset();
      for (int round = 0; round < rounds; round++) {
        double[] engine = measure(filters, tasks, filter, sessions, engines, queriesPerRound);
        double[] ourStatements = measure(filters, tasks, filter, sessions, ours, queriesPerRound);
        for (Map.Entry<String, double[]> variant : Map.of(ENGINE, engine, OURS, ourStatements).entrySet()) {
          p50.computeIfAbsent(variant.getKey(), k -> new Rounds()).add(Rounds.percentile(variant.getValue(), 50));
          p95.computeIfAbsent(variant.getKey(), k -> new Rounds()).add(Rounds.percentile(variant.getValue(), 95));
        }
        ratio50.add(Rounds.percentile(ourStatements, 50) / Rounds.percentile(engine, 50));
        ratio95.add(Rounds.percentile(ourStatements, 95) / Rounds.percentile(engine, 95));
        System.out.printf("  task list round %d: engine's statements p50 %.1f ms, p95 %.1f ms; ours p50 %.1f ms, "
                + "p95 %.1f ms%n", round + 1, Rounds.percentile(engine, 50), Rounds.percentile(engine, 95),
            Rounds.percentile(ourStatements, 50), Rounds.percentile(ourStatements, 95));
      }
    } finally {
      sessions.setStatementMappings(ours);
      identity.clearAuthentication();
    }
    String note = open + " open tasks (" + started + " over " + GROUPS + " groups); the unit sees " + count + "; "
        + queriesPerRound + " queries per round and variant, the two variants in turn";
    for (String variant : List.of(ENGINE, OURS)) {
      report.add("4. task list, PostgreSQL", "page of 15 + count, p50, " + variant, "ms", p50.get(variant), note);
      report.add("4. task list, PostgreSQL", "page of 15 + count, p95, " + variant, "ms", p95.get(variant), note);
    }
    report.add("4. task list, PostgreSQL", "p50 ours / engine's", "ratio", ratio50, "TaskListQueriesPlugin");
    report.add("4. task list, PostgreSQL", "p95 ours / engine's", "ratio", ratio95, "TaskListQueriesPlugin");
    report.single("4. task list, PostgreSQL", "open-task instances started", "instances/s", started / seconds,
        "batches of " + BATCH + ", 2 threads, history full, authorizations on");
    statements.report(report, "4. task list (both variants)", 6);
  }

  /** {@code queries} timed page-plus-count queries (after 3 untimed) with the given statement table, in ms. */
  private static double[] measure(FilterService filters, TaskService tasks, Filter filter,
      DbSqlSessionFactory sessions, Map<String, String> statementTable, int queries) {
    sessions.setStatementMappings(statementTable);
    for (int i = 0; i < 3; i++) {
      query(filters, tasks, filter);
    }
    double[] millis = new double[queries];
    for (int i = 0; i < queries; i++) {
      long queryStart = System.nanoTime();
      query(filters, tasks, filter);
      millis[i] = (System.nanoTime() - queryStart) / 1e6;
    }
    return millis;
  }

  private static void query(FilterService filters, TaskService tasks, Filter filter) {
    List<Task> page = filters.listPage(filter.getId(), tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
    long count = filters.count(filter.getId());
    if (page.isEmpty() || count == 0) {
      throw new IllegalStateException("the unit sees no task");
    }
  }

  /** Starts instances until {@code target} or {@code seconds} have passed; returns how many were started. */
  private int fill(int target, double seconds) throws Exception {
    RuntimeService runtime = app.engine.getRuntimeService();
    TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    long limit = System.nanoTime() + (long) (seconds * 1e9);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        workers.add(threads.submit(() -> {
          while (System.nanoTime() < limit) {
            int first = next.getAndAdd(BATCH);
            if (first >= target) {
              return;
            }
            int size = Math.min(BATCH, target - first);
            transaction.executeWithoutResult(status -> {
              for (int i = first; i < first + size; i++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("unit", String.format("bench-unit-%02d", i % GROUPS));
                runtime.startProcessInstanceByKey(KEY, "bench-" + i, variables);
              }
            });
            started.addAndGet(size);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      threads.shutdown();
    }
    return started.get();
  }
}
