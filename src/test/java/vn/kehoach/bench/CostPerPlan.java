package vn.kehoach.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one plan costs the database, ours beside the bare engine's plan of the same shape (PostgreSQL's own counters,
 * pg_stat_user_tables and pg_stat_database): rows inserted, updated and deleted per table, and transactions, per plan.
 * Counts, not times: they say where a lifecycle's work goes and do not depend on the machine's load. The authorization
 * rows per plan (issue 17's "before and after") are ACT_RU_AUTHORIZATION's inserts.
 */
final class CostPerPlan {

  private final AppContext app;
  private final Report report;
  private final JdbcClient jdbc;
  private final PgStatements statements;

  CostPerPlan(AppContext app, Report report) {
    this.app = app;
    this.report = report;
    this.jdbc = app.jdbc();
    this.statements = new PgStatements(app.bean(javax.sql.DataSource.class));
  }

  void run(int plans) {
    PlanDriving ours = new PlanDriving(app);
    BareEngineBenchmark bare = new BareEngineBenchmark(app);
    LocalDate due = LocalDate.now().plusDays(60);
    bare.matchVariables(ours.variables(ours.carryToExecution(PlanDriving.request("Kế hoạch mẫu", 10, due))));

    Map<String, long[]> ourRows = measure(plans,
        () -> ours.carryToExecution(PlanDriving.request("Kế hoạch đếm", LifecycleBenchmark.ASSIGNMENTS, due)));
    Map<String, long[]> bareRows = measure(plans, bare::carry);

    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "0. cost per plan on PostgreSQL, mean of %d plans (ours | bare): rows inserted/updated/deleted per table"
            + " with any, and transactions", plans));
    for (String name : union(ourRows, bareRows)) {
      long[] o = ourRows.getOrDefault(name, new long[3]);
      long[] b = bareRows.getOrDefault(name, new long[3]);
      String line = String.format(Locale.ROOT, "%s: %s | %s", name, cells(o, plans), cells(b, plans));
      System.out.println("    " + line);
      table.append("\n  - ").append(line);
    }
    report.note(table.toString());
    report.single("0. cost per plan, PostgreSQL", "authorization rows inserted per plan (ours)", "rows",
        per(ourRows, "act_ru_authorization", 0, plans), "ACT_RU_AUTHORIZATION, 10 assignments");
    report.single("0. cost per plan, PostgreSQL", "rows written per plan, ours / bare", "×",
        written(ourRows) / (double) Math.max(1, written(bareRows)), "inserts + updates + deletes, all tables");
    if (ourRows.containsKey("(statements)")) {
      report.single("0. cost per plan, PostgreSQL", "statements per plan, ours / bare", "×",
          per(ourRows, "(statements)", 0, plans) / Math.max(1e-9, per(bareRows, "(statements)", 0, plans)),
          "round trips to the database (pg_stat_statements calls)");
    }
    report.single("0. cost per plan, PostgreSQL", "transactions per plan, ours / bare", "×",
        per(ourRows, "(transactions)", 0, plans) / Math.max(1e-9, per(bareRows, "(transactions)", 0, plans)),
        "commits of the application's database");
  }

  /**
   * Counter deltas per table (inserted, updated, deleted) over {@code plans} runs, plus "(transactions)" and, when the
   * server loads pg_stat_statements, "(statements)": the statements sent, each a round trip.
   */
  private Map<String, long[]> measure(int plans, Runnable plan) {
    statements.reset();
    Map<String, long[]> before = counters();
    for (int i = 0; i < plans; i++) {
      plan.run();
    }
    Map<String, long[]> after = counters();
    statements.calls().ifPresent(calls -> after.put("(statements)", new long[] {calls, 0, 0}));
    statements.byCalls(Integer.getInteger("bench.cost.top", 0), plans).forEach(line -> System.out.println("      " + line));
    Map<String, long[]> delta = new LinkedHashMap<>();
    after.forEach((name, values) -> {
      long[] previous = before.getOrDefault(name, new long[3]);
      long[] d = new long[3];
      for (int i = 0; i < 3; i++) {
        d[i] = values[i] - previous[i];
      }
      if (d[0] + d[1] + d[2] > 0) {
        delta.put(name, d);
      }
    });
    return delta;
  }

  /**
   * PostgreSQL publishes a backend's counters when its transaction ends, at most once a second: wait them out. A fixed
   * wait, not a poll: read every 100 ms or every 1.5 s until two readings agreed, the counters came out short (five
   * plans showed 37 or 59 authorization rows each instead of 56, and the bare plan's 14 task grants as 6 to 8): the
   * readings seem to make the other backends put off their reports (PostgreSQL 15).
   */
  private Map<String, long[]> counters() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
    Map<String, long[]> rows = new LinkedHashMap<>();
    jdbc.sql("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables order by relname")
        .query((rs, n) -> rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
        .list();
    long commits = jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
        .query(Long.class).single();
    rows.put("(transactions)", new long[] {commits, 0, 0});
    return rows;
  }

  private static List<String> union(Map<String, long[]> a, Map<String, long[]> b) {
    return java.util.stream.Stream.concat(a.keySet().stream(), b.keySet().stream()).distinct().sorted()
        .collect(Collectors.toList());
  }

  private static String cells(long[] values, int plans) {
    return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", values[0] / (double) plans, values[1] / (double) plans,
        values[2] / (double) plans);
  }

  private static double per(Map<String, long[]> rows, String table, int column, int plans) {
    return rows.getOrDefault(table, new long[3])[column] / (double) plans;
  }

  private static long written(Map<String, long[]> rows) {
    return rows.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
        .mapToLong(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2]).sum();
  }
}
