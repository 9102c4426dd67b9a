package vn.kehoach.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.config.JobAcquisitionPlugin;

/**
 * Scenario 3: an escalation storm on PostgreSQL. Cohorts of issued assignments are created with the job executor
 * off, each cohort due on its own day (the grace period before the signer is involved is set long enough for
 * cohorts not to overlap). A round moves the engine clock to one cohort's last day, when its reminders are due,
 * and waits until they are sent, then two days on, when all its deadlines have passed at once, and measures the
 * time until every assignment of the cohort has its escalation (a "Task_UrgeAssignment" user task). Rounds take
 * the job executor settings to compare in turn (the executor stopped and started again between rounds), so that
 * each setting is measured beside the others on the same database in one run.
 */
final class EscalationStormBenchmark {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Plans of 20 assignments each. */
  static final int ASSIGNMENTS_PER_PLAN = 20;
  static final int CLIENT_THREADS = 2;
  /**
   * Each client thread issues for its own body: one body's register gives its numbers one plan at a time (the row
   * stays locked until the signature's transaction ends), as it must for numbers without gaps.
   */
  static final List<String[]> ISSUERS = List.of(new String[] {"btv-tinh-uy", "dang-uy-cong-an-tinh"},
      new String[] {"dang-uy-phuong", "van-phong-dang-uy-phuong"});

  private final AppContext app;
  private final Report report;
  private final TaskService tasks;
  private final PlanDriving driving;

  EscalationStormBenchmark(AppContext app, Report report) {
    this.app = app;
    this.report = report;
    this.tasks = app.engine.getTaskService();
    this.driving = new PlanDriving(app);
  }

  /**
   * Job executor settings compared in one run: threads (core and max of the pool), jobs per acquisition and the
   * pool's queue. Written {@code core:max:perAcquisition:queue}.
   */
  record Settings(int core, int max, int perAcquisition, int queue) {

    static List<Settings> parse(String variants) {
      List<Settings> settings = new ArrayList<>();
      for (String variant : variants.split(",")) {
        String[] parts = variant.strip().split(":");
        settings.add(new Settings(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
            Integer.parseInt(parts[3])));
      }
      return settings;
    }

    /** As application-postgres.yaml sets them ({@code camunda.bpm.job-execution.*}), else the engine's defaults. */
    static Settings configured(Environment environment, DefaultJobExecutor defaults) {
      String prefix = "camunda.bpm.job-execution.";
      return new Settings(
          environment.getProperty(prefix + "core-pool-size", Integer.class, defaults.getCorePoolSize()),
          environment.getProperty(prefix + "max-pool-size", Integer.class, defaults.getMaxPoolSize()),
          environment.getProperty(prefix + "max-jobs-per-acquisition", Integer.class,
              defaults.getMaxJobsPerAcquisition()),
          environment.getProperty(prefix + "queue-capacity", Integer.class, defaults.getQueueSize()));
    }

    void applyTo(DefaultJobExecutor executor) {
      executor.setCorePoolSize(core);
      executor.setMaxPoolSize(max);
      executor.setMaxJobsPerAcquisition(perAcquisition);
      executor.setQueueSize(queue);
    }

    @Override
    public String toString() {
      return core + ":" + max + ":" + perAcquisition + ":" + queue;
    }
  }

  /**
   * {@code warmUp} assignments fired first (excluded), then {@code rounds} storms of {@code perRound} for each of
   * {@code variants} (job executor settings, the first as the application's postgres profile sets them when null),
   * the variants in turn, so that each is measured beside the others on the same database.
   */
  void run(int warmUp, int perRound, int rounds, String variants) {
    DefaultJobExecutor executor = jobExecutor();
    Settings configured = Settings.configured(app.context.getEnvironment(), executor);
    List<Settings> settings = new ArrayList<>(List.of(configured));
    if (variants != null && !variants.isBlank()) {
      Settings.parse(variants).stream().filter(v -> !v.equals(configured)).forEach(settings::add);
    }
    int storms = rounds * settings.size();
    List<Cohort> cohorts = new ArrayList<>();
    LocalDate today = LocalDate.now(VIETNAM);
    long start = System.nanoTime();
    for (int k = 0; k <= storms; k++) {
      cohorts.add(create(k == 0 ? warmUp : perRound, today.plusDays(30 + 20L * k)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int created = warmUp + perRound * storms;
    app.analyze();
    System.out.printf("  storm: %d overdue-to-be assignments issued in %.0f s (%.0f assignments/s)%n", created,
        seconds, created / seconds);

    report.note("Job executor for the storm: " + executor.getClass().getSimpleName() + ", wait "
        + executor.getWaitTimeInMillis() + " ms, lock " + executor.getLockTimeInMillis() + " ms; settings compared "
        + "(core:max:per acquisition:queue): " + settings + ", the first as application-postgres.yaml sets it");
    PgStatements statements = new PgStatements(app.bean(DataSource.class));
    Map<Settings, Rounds> durations = new LinkedHashMap<>();
    Map<Settings, Rounds> rates = new LinkedHashMap<>();
    Map<Settings, Rounds> reminderRates = new LinkedHashMap<>();
    Map<Settings, Rounds> ratios = new LinkedHashMap<>();
    double configuredSeconds = Double.NaN;
    int escalated = 0;
    try {
      for (int k = 0; k <= storms; k++) {
        Cohort cohort = cohorts.get(k);
        escalated += cohort.size();
        Settings variant = settings.get(k == 0 ? 0 : (k - 1) % settings.size());
        String name = (k == 0 ? "warm-up" : "round " + k) + " (" + variant + ")";
        executor.shutdown();
        variant.applyTo(executor);
        // the last day, noon: every reminder (3 working days before) is due, no deadline yet
        ClockUtil.setCurrentTime(noon(cohort.due()));
        long reminderStart = System.nanoTime();
        executor.start();
        awaitNoDueJob();
        double reminderSeconds = (System.nanoTime() - reminderStart) / 1e9;
        // two days later: every deadline of the cohort has passed at once
        ClockUtil.setCurrentTime(noon(cohort.due().plusDays(2)));
        if (k == 1) {
          statements.reset();
        }
        long roundStart = System.nanoTime();
        executor.getAcquireJobsRunnable().jobWasAdded();
        awaitEscalations(escalated);
        double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
        System.out.printf("  storm %s: %d reminders in %.1f s (%.0f/s), then %d escalations in %.1f s (%.0f/s)%n",
            name, cohort.size(), reminderSeconds, cohort.size() / reminderSeconds, cohort.size(), roundSeconds,
            cohort.size() / roundSeconds);
        if (k == 1) {
          statements.report(report, "3. escalation storm (round 1's escalations)", 8);
        }
        if (k > 0) {
          durations.computeIfAbsent(variant, v -> new Rounds()).add(roundSeconds);
          rates.computeIfAbsent(variant, v -> new Rounds()).add(cohort.size() / roundSeconds);
          reminderRates.computeIfAbsent(variant, v -> new Rounds()).add(cohort.size() / reminderSeconds);
          if (variant.equals(configured)) {
            configuredSeconds = roundSeconds;
          } else {
            ratios.computeIfAbsent(variant, v -> new Rounds()).add(roundSeconds / configuredSeconds);
          }
        }
      }
    } finally {
      executor.shutdown();
      ClockUtil.reset();
    }
    String note = "N = " + perRound + " per round, their reminders sent at their own time before (as in production:"
        + " 3 working days ahead)";
    for (Settings variant : settings) {
      String label = " (" + variant + (variant.equals(configured) ? ", configured" : "") + ")";
      report.add("3. escalation storm, PostgreSQL", "seconds until all N escalations exist" + label, "s",
          durations.get(variant), note);
      report.add("3. escalation storm, PostgreSQL", "escalations per second" + label, "escalations/s",
          rates.get(variant), note);
      report.add("3. escalation storm, PostgreSQL", "reminders per second (the same N, 3 working days before)" + label,
          "reminders/s", reminderRates.get(variant), "timed until no job is due");
      if (ratios.containsKey(variant)) {
        report.add("3. escalation storm, PostgreSQL", "seconds, this / the configured round before" + label, "ratio",
            ratios.get(variant), "each round beside the configured round before it");
      }
    }
    report.single("3. escalation storm, PostgreSQL", "assignments issued to set the storm up", "assignments/s",
        created / seconds, created + " assignments in plans of " + ASSIGNMENTS_PER_PLAN + ", " + CLIENT_THREADS
            + " client threads, job executor off");
    acquisitionWithoutDueJobs(rounds);
  }

  /**
   * What one acquisition of the job executor costs when nothing is due, the usual state between storms, with the
   * job table as the storm left it (the grace-period timers and every other timer still ahead): the engine's query
   * ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}, no index) and ours (JobAcquisitionPlugin: due date always set and
   * indexed, running jobs in a partial index), in turn in each round.
   */
  private void acquisitionWithoutDueJobs(int rounds) {
    JdbcClient jdbc = app.jdbc();
    long jobs = jdbc.sql("select count(*) from act_ru_job").query(Long.class).single();
    Rounds engines = new Rounds();
    Rounds ours = new Rounds();
    Rounds ratios = new Rounds();
    try {
      for (int round = 0; round < Math.max(rounds, 3); round++) {
        app.configuration.setEnsureJobDueDateNotNull(false);
        jdbc.sql("drop index if exists " + JobAcquisitionPlugin.DUE_DATE_INDEX).update();
        jdbc.sql("drop index if exists " + JobAcquisitionPlugin.LOCKED_INDEX).update();
        double engine = acquisitionMillis();
        app.configuration.setEnsureJobDueDateNotNull(true);
        new JobAcquisitionPlugin().postProcessEngineBuild(app.engine);
        jdbc.sql("analyze act_ru_job").update();
        double indexed = acquisitionMillis();
        engines.add(engine);
        ours.add(indexed);
        ratios.add(indexed / engine);
      }
    } finally {
      app.configuration.setEnsureJobDueDateNotNull(true);
      new JobAcquisitionPlugin().postProcessEngineBuild(app.engine);
    }
    String note = jobs + " jobs in the table, none due; median of 50 acquisitions of up to 10 jobs per round";
    report.add("3. escalation storm, PostgreSQL", "one acquisition, nothing due, engine's query", "ms", engines, note);
    report.add("3. escalation storm, PostgreSQL", "one acquisition, nothing due, ours (JobAcquisitionPlugin)", "ms", ours,
        note);
    report.add("3. escalation storm, PostgreSQL", "acquisition ours / engine's", "ratio", ratios, note);
  }

  private double acquisitionMillis() {
    double[] millis = new double[50];
    for (int i = -5; i < millis.length; i++) {
      long start = System.nanoTime();
      int acquired = app.configuration.getCommandExecutorTxRequired()
          .execute(new AcquireJobsCmd(app.configuration.getJobExecutor(), 10)).size();
      if (acquired != 0) {
        // locked by this acquisition, now taken out of the comparison
        System.out.println("  warning: " + acquired + " jobs were due after the storm");
      }
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return Rounds.percentile(millis, 50);
  }

  private record Cohort(LocalDate due, int size) {}

  /** Issues plans (two client threads) until the cohort has {@code assignments} assignments due on {@code due}. */
  private Cohort create(int assignments, LocalDate due) {
    List<Integer> sizes = new ArrayList<>();
    for (int left = assignments; left > 0; left -= ASSIGNMENTS_PER_PLAN) {
      sizes.add(Math.min(ASSIGNMENTS_PER_PLAN, left));
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < CLIENT_THREADS; t++) {
        String[] issuerAndDrafter = ISSUERS.get(t % ISSUERS.size());
        workers.add(threads.submit(() -> {
          for (int plan = next.getAndIncrement(); plan < sizes.size(); plan = next.getAndIncrement()) {
            driving.issue(PlanDriving.request("Kế hoạch bão đôn đốc " + due + " số " + (plan + 1), sizes.get(plan), due,
                issuerAndDrafter[0], issuerAndDrafter[1]));
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("issuing the storm's plans failed", e);
    } finally {
      threads.shutdown();
    }
    return new Cohort(due, assignments);
  }

  private static Date noon(LocalDate day) {
    return Date.from(day.atTime(LocalTime.NOON).atZone(VIETNAM).toInstant());
  }

  /** Until no job is due on the engine's clock (all acquired ones executed). */
  private void awaitNoDueJob() {
    ManagementService management = app.engine.getManagementService();
    await(() -> management.createJobQuery().executable().count() == 0, "reminders not all sent");
  }

  /**
   * Until {@code expected} assignments have their escalation. Counted on the assignment table, whose escalation
   * mark is written in the same transaction as the urge task (the engine's task count by task key cost 45 ms a
   * poll with 100,000 open tasks, a quarter of a core when polled ten times a second); the engine's count is
   * checked once at the end.
   */
  private void awaitEscalations(int expected) {
    JdbcClient jdbc = app.jdbc();
    await(() -> jdbc.sql("select count(*) from assignment where escalated_at is not null").query(Long.class)
        .single() >= expected, "escalations not all created");
    long tasks = this.tasks.createTaskQuery().taskDefinitionKey(AssignmentProcess.Elements.URGE).count();
    if (tasks != expected) {
      throw new IllegalStateException(expected + " assignments escalated but " + tasks + " urge tasks");
    }
  }

  /**
   * A bounded poll, ten times a second: the storm is timed on the real job executor's wall clock, which is what is
   * measured.
   */
  private static void await(BooleanSupplier done, String failure) {
    long limit = System.nanoTime() + 15L * 60 * 1_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > limit) {
        throw new IllegalStateException(failure + " within 15 minutes");
      }
      try {
        TimeUnit.MILLISECONDS.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The engine's job executor (the context was started with Spring's off), with the lock time the postgres profile
   * gives it; each round applies the settings it compares.
   */
  private DefaultJobExecutor jobExecutor() {
    if (!(app.configuration.getJobExecutor() instanceof DefaultJobExecutor executor)) {
      throw new IllegalStateException("the storm compares settings of the engine's DefaultJobExecutor, not "
          + app.configuration.getJobExecutor().getClass().getName());
    }
    executor.setLockTimeInMillis(app.context.getEnvironment().getProperty(
        "camunda.bpm.job-execution.lock-time-in-millis", Integer.class, executor.getLockTimeInMillis()));
    return executor;
  }
}
