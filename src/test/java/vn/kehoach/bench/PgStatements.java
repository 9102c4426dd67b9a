package vn.kehoach.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's own account of where a scenario's database time went (pg_stat_statements: total time, calls and mean
 * of each statement), when the server loads that module (shared_preload_libraries = 'pg_stat_statements'); without
 * it the report says so and nothing else changes.
 */
final class PgStatements {

  /** This database's statements, the counting of them left out. */
  private static final String OURS = """
      from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and s.query not like '%pg_stat%'""";

  private final JdbcClient jdbc;
  private final boolean available;

  PgStatements(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.available = load();
  }

  private boolean load() {
    try {
      jdbc.sql("create extension if not exists pg_stat_statements").update();
      jdbc.sql("select count(*) from pg_stat_statements").query(Long.class).single();
      return true;
    } catch (DataAccessException e) {
      return false;
    }
  }

  void reset() {
    if (available) {
      jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
    }
  }

  /** Statements of this database since the last reset (the counting queries excluded), if the module is loaded. */
  OptionalLong calls() {
    if (!available) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(jdbc.sql("select coalesce(sum(s.calls), 0) " + OURS).query(Long.class).single());
  }

  /** The {@code top} statements by calls since the last reset, as lines "calls per plan: statement". */
  List<String> byCalls(int top, int plans) {
    if (!available) {
      return List.of();
    }
    return jdbc.sql("select s.calls, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110) as query " + OURS
        + " order by s.calls desc limit :top")
        .param("top", top)
        .query((rs, n) -> String.format(Locale.ROOT, "%.1f: %s", rs.getLong(1) / (double) plans, rs.getString(2)))
        .list();
  }

  /** The {@code top} statements of this database by total time since the last reset, into the report's notes. */
  void report(Report report, String scenario, int top) {
    if (!available) {
      report.note(scenario + ": pg_stat_statements is not loaded by this PostgreSQL server, no statement profile");
      return;
    }
    List<String> lines = jdbc.sql("""
            select round(s.total_exec_time::numeric) as total, s.calls, s.mean_exec_time,
                   left(regexp_replace(s.query, '\\s+', ' ', 'g'), 90) as query
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = current_database()
            order by s.total_exec_time desc limit :top""")
        .param("top", top)
        .query((rs, n) -> String.format(Locale.ROOT, "%,d ms in %,d calls (%.2f ms each): %s", rs.getLong("total"),
            rs.getLong("calls"), rs.getDouble("mean_exec_time"), rs.getString("query")))
        .list();
    StringBuilder note = new StringBuilder(scenario + ", PostgreSQL's busiest statements (pg_stat_statements):");
    for (String line : lines) {
      System.out.println("    " + line);
      note.append("\n  - ").append(line);
    }
    report.note(note.toString());
  }
}
