package vn.kehoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.kehoach.Application;
import vn.kehoach.operations.PostgresDatabase;

/**
 * The application's own Spring context, started in this JVM: profile demo (plus postgres), a fresh database, the
 * job executor off (scenarios start it themselves), a random port, and the application log in a file so that the
 * console keeps only the benchmark's lines.
 */
final class AppContext implements AutoCloseable {

  final String database;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final ProcessEngineConfigurationImpl configuration;
  private Path files;

  private AppContext(String database, ConfigurableApplicationContext context) {
    this.database = database;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * H2 as the application runs it by default: a database file (here a fresh one under target/bench, deleted by
   * {@link #close()}). An in-memory H2 kept the whole database in the 512 MiB heap (399 MiB after GC after the
   * lifecycle rounds), and the collector's struggle made rounds differ by 2.5 times.
   */
  static AppContext h2() {
    Path directory = Path.of("target", "bench", "h2-" + UUID.randomUUID());
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("kehoach") + ";LOCK_TIMEOUT=10000";
    AppContext app = start("H2", List.of("demo"), List.of("--spring.datasource.url=" + url));
    app.files = directory;
    return app;
  }

  static AppContext postgres(PostgresDatabase database, String... extra) {
    List<String> arguments = new ArrayList<>(List.of("--DB_URL=" + database.url, "--DB_USER=" + PostgresDatabase.USER,
        "--DB_PASSWORD=", "--spring.datasource.url=" + database.url));
    arguments.addAll(List.of(extra));
    return start("PostgreSQL", List.of("demo", "postgres"), arguments);
  }

  private static AppContext start(String database, List<String> profiles, List<String> extra) {
    List<String> arguments = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=false",
        "--server.port=0", "--spring.main.banner-mode=off", "--logging.threshold.console=WARN",
        "--logging.file.name=target/bench/app-" + database.toLowerCase() + ".log"));
    arguments.addAll(extra);
    long start = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
        .profiles(profiles.toArray(String[]::new)).run(arguments.toArray(String[]::new));
    System.out.printf("  application context on %s started in %.1f s%n", database, (System.nanoTime() - start) / 1e9);
    return new AppContext(database, context);
  }

  boolean postgres() {
    return "PostgreSQL".equals(database);
  }

  JdbcClient jdbc() {
    return JdbcClient.create(bean(DataSource.class));
  }

  /**
   * Fresh planner statistics and visibility map after a bulk setup, what autovacuum does within a minute or so in
   * production (since PostgreSQL 13 also for tables only inserted into); without the statistics PostgreSQL still
   * believes the tables as small as when the setup began (an engine's variable fetch took 4.4 ms instead of 0.1 ms,
   * see README), and without the visibility map an index-only scan reads the table anyway.
   */
  void analyze() {
    jdbc().sql(postgres() ? "vacuum analyze" : "analyze").update();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
    if (files != null) {
      FileSystemUtils.deleteRecursively(files.toFile());
    }
  }
}
