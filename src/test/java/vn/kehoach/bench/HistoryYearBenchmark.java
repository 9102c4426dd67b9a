package vn.kehoach.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.HistoryCleanupRuns;

/**
 * Scenario 8, history kept bounded (issue 17), on PostgreSQL: {@code plans} plans of ten assignments carried from
 * creation to closure (consolidated report accepted), then what their history holds (rows and bytes of the ACT_HI_*
 * tables, per plan), scaled to a province's year of {@code perYear} plans; then the engine clock moved past the
 * processes' history time to live (five years) and the engine's own cleanup job run until nothing more is due: how
 * long it takes and what is left. The nightly window (application.yaml) is left aside: the job is run at once, as
 * {@code cleanUpHistoryAsync(true)} does.
 */
final class HistoryYearBenchmark {

  private final AppContext app;
  private final Report report;
  private final JdbcClient jdbc;

  HistoryYearBenchmark(AppContext app, Report report) {
    this.app = app;
    this.report = report;
    this.jdbc = app.jdbc();
  }

  void run(int plans, int perYear) {
    PlanDriving driving = new PlanDriving(app);
    LocalDate due = LocalDate.now().plusDays(60);
    Map<String, long[]> before = tables();
    long start = System.nanoTime();
    for (int i = 0; i < plans; i++) {
      if (driving.carryToClosure(PlanDriving.request("Kế hoạch một năm " + (i + 1), LifecycleBenchmark.ASSIGNMENTS,
          due)).state() != PlanState.CLOSED) {
        throw new IllegalStateException("plan " + (i + 1) + " did not close");
      }
    }
    double driveSeconds = (System.nanoTime() - start) / 1e9;
    app.analyze();
    Map<String, long[]> filled = tables();
    long rows = 0;
    long bytes = 0;
    StringBuilder perTable = new StringBuilder(String.format(Locale.ROOT,
        "8. history of %d closed plans (10 assignments each), rows and MiB per table:", plans));
    for (Map.Entry<String, long[]> table : filled.entrySet()) {
      long[] was = before.getOrDefault(table.getKey(), new long[2]);
      long addedRows = table.getValue()[0] - was[0];
      rows += addedRows;
      bytes += table.getValue()[1] - was[1];
      if (addedRows > 0) {
        perTable.append(String.format(Locale.ROOT, "\n  - %s: %,d rows (%.1f per plan), %.1f MiB", table.getKey(),
            addedRows, addedRows / (double) plans, table.getValue()[1] / 1048576.0));
      }
    }
    report.note(perTable.toString());
    report.single("8. history, PostgreSQL", "plans closed per second (driving)", "plans/s", plans / driveSeconds,
        plans + " plans");
    report.single("8. history, PostgreSQL", "history rows per closed plan", "rows", rows / (double) plans,
        "ACT_HI_* tables");
    report.single("8. history, PostgreSQL", "history size per closed plan", "KiB", bytes / 1024.0 / plans,
        "tables and indexes (pg_total_relation_size)");
    report.single("8. history, PostgreSQL", "history of a year (" + perYear + " plans)", "MiB",
        bytes / 1048576.0 / plans * perYear, "scaled from " + plans + " plans");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1826))));
    try {
      long cleanupStart = System.nanoTime();
      int executions = HistoryCleanupRuns.untilNothingDue(app.engine, 10_000);
      double cleanupSeconds = (System.nanoTime() - cleanupStart) / 1e9;
      StringBuilder left = new StringBuilder();
      tables().forEach((table, now) -> {
        long more = now[0] - before.getOrDefault(table, new long[2])[0];
        if (more != 0) {
          left.append(left.isEmpty() ? "" : ", ").append(table).append(' ').append(more);
        }
      });
      report.single("8. history, PostgreSQL", "cleanup of " + plans + " plans' history", "s", cleanupSeconds,
          executions + " runs of the cleanup job; rows left: " + (left.isEmpty() ? "none" : left));
      report.single("8. history, PostgreSQL", "cleanup of a year (" + perYear + " plans), scaled", "s",
          cleanupSeconds / plans * perYear, "batches of 500 per run, one thread");
    } finally {
      ClockUtil.reset();
    }
  }

  /** Live rows (counted) and bytes (tables with their indexes and TOAST) of each ACT_HI_* table. */
  private Map<String, long[]> tables() {
    Map<String, long[]> tables = new LinkedHashMap<>();
    for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema()"
        + " and tablename like 'act_hi_%' order by tablename").query(String.class).list()) {
      long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
      long bytes = jdbc.sql("select pg_total_relation_size(:t)").param("t", table).query(Long.class).single();
      tables.put(table, new long[] {rows, bytes});
    }
    return tables;
  }
}
