package vn.kehoach.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.env.Environment;
import vn.kehoach.engine.assignment.AssignmentProcess;

/**
 * Scenario 3: an escalation storm on PostgreSQL. Cohorts of issued assignments are created with the job executor
 * off, each cohort due on its own day (the grace period before the signer is involved is set long enough for
 * cohorts not to overlap). A round moves the engine clock two days past one cohort's last day, so that all its
 * reminder and deadline timers are due at once, lets the job executor run, and measures the time until every
 * assignment of the cohort has its escalation (a "Task_UrgeAssignment" user task).
 */
final class EscalationStormBenchmark {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /**
   * Plans of 20 assignments: with about 30 or more, the plan's "assignmentsText" variable passes Camunda's 4,000
   * characters for a string variable and PostgreSQL refuses the plan (see the report's notes).
   */
  static final int ASSIGNMENTS_PER_PLAN = 20;
  static final int CLIENT_THREADS = 2;

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

  /** {@code warmUp} assignments fired first (excluded), then {@code rounds} storms of {@code perRound}. */
  void run(int warmUp, int perRound, int rounds) {
    List<Cohort> cohorts = new ArrayList<>();
    LocalDate today = LocalDate.now(VIETNAM);
    long start = System.nanoTime();
    for (int k = 0; k <= rounds; k++) {
      cohorts.add(create(k == 0 ? warmUp : perRound, today.plusDays(30 + 20L * k)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int created = warmUp + perRound * rounds;
    System.out.printf("  storm: %d overdue-to-be assignments issued in %.0f s (%.0f assignments/s)%n", created,
        seconds, created / seconds);

    JobExecutor executor = configuredJobExecutor();
    report.note("Job executor for the storm: " + settings(executor));
    Rounds durations = new Rounds();
    Rounds rates = new Rounds();
    int escalated = 0;
    try {
      for (int k = 0; k <= rounds; k++) {
        Cohort cohort = cohorts.get(k);
        escalated += cohort.size();
        ClockUtil.setCurrentTime(Date.from(cohort.due().plusDays(2).atTime(LocalTime.NOON).atZone(VIETNAM).toInstant()));
        long roundStart = System.nanoTime();
        if (k == 0) {
          executor.start();
        } else {
          executor.getAcquireJobsRunnable().jobWasAdded();
        }
        awaitEscalations(escalated);
        double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
        System.out.printf("  storm %s: %d escalations in %.1f s (%.0f/s)%n", k == 0 ? "warm-up" : "round " + k,
            cohort.size(), roundSeconds, cohort.size() / roundSeconds);
        if (k > 0) {
          durations.add(roundSeconds);
          rates.add(cohort.size() / roundSeconds);
        }
      }
    } finally {
      executor.shutdown();
      ClockUtil.reset();
    }
    String note = "N = " + perRound + " per round; each assignment also fires its reminder (2 timers per assignment)";
    report.add("3. escalation storm, PostgreSQL", "seconds until all N escalations exist", "s", durations, note);
    report.add("3. escalation storm, PostgreSQL", "escalations per second", "escalations/s", rates, note);
    report.single("3. escalation storm, PostgreSQL", "assignments issued to set the storm up", "assignments/s",
        created / seconds, created + " assignments in plans of " + ASSIGNMENTS_PER_PLAN + ", " + CLIENT_THREADS
            + " client threads, job executor off");
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
        workers.add(threads.submit(() -> {
          for (int plan = next.getAndIncrement(); plan < sizes.size(); plan = next.getAndIncrement()) {
            driving.issue(PlanDriving.request("Kế hoạch bão đôn đốc " + due + " số " + (plan + 1), sizes.get(plan), due));
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

  private void awaitEscalations(int expected) {
    long limit = System.nanoTime() + 15L * 60 * 1_000_000_000L;
    while (tasks.createTaskQuery().taskDefinitionKey(AssignmentProcess.Elements.URGE).count() < expected) {
      if (System.nanoTime() > limit) {
        throw new IllegalStateException("escalations not all created within 15 minutes");
      }
      try {
        // a bounded poll: the storm is timed on the real job executor's wall clock, which is what is measured
        TimeUnit.MILLISECONDS.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The engine's job executor, set as the application's configuration sets it for production
   * (camunda.bpm.job-execution.* of the postgres profile), since the context was started with it off.
   */
  private JobExecutor configuredJobExecutor() {
    JobExecutor executor = app.configuration.getJobExecutor();
    Environment environment = app.context.getEnvironment();
    executor.setMaxJobsPerAcquisition(environment.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition",
        Integer.class, executor.getMaxJobsPerAcquisition()));
    executor.setLockTimeInMillis(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis",
        Integer.class, executor.getLockTimeInMillis()));
    if (executor instanceof DefaultJobExecutor pool) {
      pool.setCorePoolSize(environment.getProperty("camunda.bpm.job-execution.core-pool-size", Integer.class,
          pool.getCorePoolSize()));
      pool.setMaxPoolSize(environment.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class,
          pool.getMaxPoolSize()));
    }
    return executor;
  }

  static String settings(JobExecutor executor) {
    String pool = executor instanceof DefaultJobExecutor d
        ? ", core pool " + d.getCorePoolSize() + ", max pool " + d.getMaxPoolSize() + ", queue " + d.getQueueSize()
        : "";
    return executor.getClass().getSimpleName() + pool + ", max jobs per acquisition "
        + executor.getMaxJobsPerAcquisition() + ", wait " + executor.getWaitTimeInMillis() + " ms, lock "
        + executor.getLockTimeInMillis() + " ms";
  }
}
