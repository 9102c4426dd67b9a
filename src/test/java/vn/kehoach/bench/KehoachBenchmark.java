package vn.kehoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kehoach.operations.PostgresDatabase;

/**
 * The application's benchmark, all scenarios in one run (not a test): {@code mvn -o -Pbench test-compile exec:exec}
 * (the measured JVM gets -Xmx512m). Prints a Markdown table and writes target/bench/results.{md,csv}.
 *
 * <ol start="0">
 *   <li>what one plan costs the database, ours beside the bare engine's (rows written per table, transactions; see
 *       {@link CostPerPlan}), on PostgreSQL;</li>
 *   <li>plan lifecycle throughput on H2 (a database file, as the application runs by default) and PostgreSQL;</li>
 *   <li>the bare engine with a plan of the same shape, same engine, same run;</li>
 *   <li>an escalation storm on PostgreSQL;</li>
 *   <li>one unit's task list latency with many open tasks, authorizations on;</li>
 *   <li>documents per second read by the importer;</li>
 *   <li>heap and resident size after scenarios 1 and 3;</li>
 *   <li>the cascade (issue 15) on PostgreSQL, in a context and database of its own with a generated organisation
 *       file: a province plan, 10 city and 100 ward plans built through the engine (time, plans issued per second),
 *       then {@code GET /api/plans/{id}/tree} of the province plan as its monitoring unit, p50/p95/max against the
 *       100 ms target (see {@link CascadeBenchmark}); about 2 minutes;</li>
 *   <li>the history of a year on PostgreSQL: plans carried to closure, their history's rows and bytes, scaled to a
 *       province's year, and the engine's cleanup of it after the five years (see {@link HistoryYearBenchmark}).</li>
 *   <li>the shape ladder on PostgreSQL: the bare engine with each unit's work as an embedded subprocess or a child
 *       instance, with 0, 1 or 3 timers, each as a ratio to the flat bare plan (see {@link ShapeLadderBenchmark}).</li>
 * </ol>
 * Sizes can be lowered for a quick try with system properties: bench.round.seconds, bench.rounds,
 * bench.storm.perRound, bench.storm.rounds (per job executor setting), bench.storm.variants (job executor settings
 * compared with the configured ones, {@code core:max:perAcquisition:queue,...}), bench.storm.mail (true: e-mail on,
 * to a local SMTP server, {@link MailSink}), bench.tasks.target, bench.tasks.fillSeconds, bench.cascade.cities,
 * bench.cascade.wards (per city), bench.cascade.assignments (per plan), bench.cascade.warmUp, bench.cascade.calls;
 * bench.cost.plans, bench.history.plans, bench.history.perYear; bench.scenarios (default
 * "import,cost,h2,postgres,shape,storm,tasklist,cascade,history") runs only some of them, e.g. to profile one:
 * {@code mvn -o -Pbench test-compile exec:exec -Dbench.scenarios=cascade -Dbench.cascade.cities=2
 * -Dbench.cascade.wards=2}. The bench profile of pom.xml passes each of these properties on to the measured JVM (a
 * new property must be added there too).
 */
public final class KehoachBenchmark {

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Runtime runtime = Runtime.getRuntime();
    String machine = String.format(Locale.ROOT, "Machine: %d cores, max heap %d MiB, %s %s, %s", runtime.availableProcessors(),
        runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.name"));
    System.out.println(machine);
    double roundSeconds = Double.parseDouble(System.getProperty("bench.round.seconds", "6"));
    int rounds = Integer.getInteger("bench.rounds", 5);
    int stormPerRound = Integer.getInteger("bench.storm.perRound", 10_000);
    int stormRounds = Integer.getInteger("bench.storm.rounds", 2);
    int taskTarget = Integer.getInteger("bench.tasks.target", 100_000);
    double fillSeconds = Double.parseDouble(System.getProperty("bench.tasks.fillSeconds", "280"));
    Set<String> scenarios = Set.of(System.getProperty("bench.scenarios",
        "import,cost,h2,postgres,shape,storm,tasklist,cascade,history")
        .split(","));
    Report report = new Report();

    if (scenarios.contains("import")) {
      System.out.println("# 5. import");
      new ImportThroughputBenchmark(report).run(3, Math.max(rounds, 5));
    }
    if (scenarios.contains("h2")) {
      System.out.println("# 1-2. lifecycle on H2");
      try (AppContext h2 = AppContext.h2()) {
        new LifecycleBenchmark(h2, report, roundSeconds, roundSeconds, rounds).run();
        Memory.record(report, "lifecycle on H2 (database file)");
      }
    }

    if (scenarios.contains("cost") || scenarios.contains("postgres") || scenarios.contains("shape")
        || scenarios.contains("storm")
        || scenarios.contains("tasklist")) {
      postgresScenarios(scenarios, report, roundSeconds, rounds, stormPerRound, stormRounds, taskTarget, fillSeconds);
    }
    if (scenarios.contains("history")) {
      System.out.println("# 8. history of a year on PostgreSQL");
      try (PostgresDatabase database = PostgresDatabase.create("history");
           AppContext postgres = AppContext.postgres(tuned(database))) {
        new HistoryYearBenchmark(postgres, report).run(Integer.getInteger("bench.history.plans", 200),
            Integer.getInteger("bench.history.perYear", 1100));
      }
    }
    if (scenarios.contains("cascade")) {
      System.out.println("# 7. cascade on PostgreSQL");
      int cities = Integer.getInteger("bench.cascade.cities", 10);
      int wards = Integer.getInteger("bench.cascade.wards", 10);
      Path organisation = CascadeBenchmark.organisationFile(Path.of("target", "bench"), cities, wards);
      try (PostgresDatabase database = PostgresDatabase.create("cascade");
           AppContext postgres = AppContext.postgres(tuned(database),
               "--app.organisation.file=file:" + organisation.toAbsolutePath())) {
        new CascadeBenchmark(postgres, report, cities, wards, Integer.getInteger("bench.cascade.assignments", 10))
            .run(Integer.getInteger("bench.cascade.warmUp", 50), Integer.getInteger("bench.cascade.calls", 200));
      }
    }

    double minutes = (System.nanoTime() - start) / 60e9;
    report.note(String.format(Locale.ROOT, "whole run %.1f min (one JVM, application contexts started in-process)",
        minutes));
    System.out.println();
    System.out.println(report.markdown(machine));
    report.write(Path.of("target/bench"), machine);
    System.exit(0);
  }

  private static void postgresScenarios(Set<String> scenarios, Report report, double roundSeconds, int rounds,
      int stormPerRound, int stormRounds, int taskTarget, double fillSeconds) throws Exception {
    MailSink mail = Boolean.getBoolean("bench.storm.mail") ? new MailSink() : null;
    List<String> arguments = new ArrayList<>();
    // grace period long enough that the storm's cohorts (20 days apart) never reach their signer step
    arguments.add("--app.deadlines.grace-working-days=60");
    if (mail != null) {
      arguments.addAll(List.of(mail.applicationArguments()));
    }
    try (mail; PostgresDatabase database = PostgresDatabase.create("bench");
         AppContext postgres = AppContext.postgres(tuned(database), arguments.toArray(String[]::new))) {
      if (scenarios.contains("cost")) {
        System.out.println("# 0. cost per plan on PostgreSQL");
        new CostPerPlan(postgres, report).run(Integer.getInteger("bench.cost.plans", 20));
      }
      if (scenarios.contains("postgres")) {
        System.out.println("# 1-2. lifecycle on PostgreSQL");
        new LifecycleBenchmark(postgres, report, roundSeconds, roundSeconds, rounds).run();
        Memory.record(report, "lifecycle on PostgreSQL");
      }
      if (scenarios.contains("shape")) {
        System.out.println("# 9. shape ladder on PostgreSQL");
        new ShapeLadderBenchmark(postgres, report).run(roundSeconds, roundSeconds, rounds);
      }
      if (scenarios.contains("storm")) {
        System.out.println("# 3. escalation storm on PostgreSQL");
        new EscalationStormBenchmark(postgres, report).run(Math.max(200, stormPerRound / 20), stormPerRound,
            stormRounds, System.getProperty("bench.storm.variants", ""));
        if (mail != null) {
          report.note("3. storm with e-mail on (bench.storm.mail): written to mail_outbox in each escalation's "
              + "transaction, sent by the outbox to a local SMTP server (GreenMail), " + mail.received()
              + " messages received by the end of the scenario (a copy per recipient)");
        }
        Memory.record(report, "escalation storm");
      }
      if (scenarios.contains("tasklist")) {
        System.out.println("# 4. task list on PostgreSQL");
        new TaskListBenchmark(postgres, report).run(taskTarget, fillSeconds, 20, rounds);
      }
    }
  }

  /** The planner settings docker/docker-compose.yml gives the production database (see there why). */
  private static PostgresDatabase tuned(PostgresDatabase database) {
    database.set("random_page_cost", "1.1");
    database.set("max_parallel_workers_per_gather", "0");
    return database;
  }

  private KehoachBenchmark() {}
}
