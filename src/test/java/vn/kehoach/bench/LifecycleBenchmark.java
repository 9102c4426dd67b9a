package vn.kehoach.bench;

import java.time.LocalDate;
import javax.sql.DataSource;
import vn.kehoach.plan.Plan;

/**
 * Scenarios 1 and 2: plans per second carried from creation through signature, issue and dissemination to
 * execution with ten assignments (each unit reports), one client thread; and the bare-engine plan of the same
 * shape on the same engine, a plan of each in turn, each timed on its own, warm-up excluded.
 */
final class LifecycleBenchmark {

  static final int ASSIGNMENTS = 10;

  private final AppContext app;
  private final Report report;
  private final double warmUpSeconds;
  private final double roundSeconds;
  private final int rounds;
  private int sequence;

  LifecycleBenchmark(AppContext app, Report report, double warmUpSeconds, double roundSeconds, int rounds) {
    this.app = app;
    this.report = report;
    this.warmUpSeconds = warmUpSeconds;
    this.roundSeconds = roundSeconds;
    this.rounds = rounds;
  }

  void run() {
    PlanDriving ours = new PlanDriving(app);
    BareEngineBenchmark bare = new BareEngineBenchmark(app);
    LocalDate due = LocalDate.now().plusDays(60);

    Plan sample = ours.carryToExecution(PlanDriving.request("Kế hoạch mẫu", ASSIGNMENTS, due));
    long variables = ours.variables(sample);
    bare.matchVariables(variables);
    int bareVariables = bare.variablesPerPlan();

    Runnable ourPlan = () -> ours.carryToExecution(PlanDriving.request("Kế hoạch đo " + (++sequence), ASSIGNMENTS, due));
    Runnable barePlan = bare::carry;
    timed(ourPlan, warmUpSeconds);
    timed(barePlan, warmUpSeconds / 2);

    Rounds ourRates = new Rounds();
    Rounds bareRates = new Rounds();
    Rounds ratios = new Rounds();
    for (int round = 0; round < rounds; round++) {
      double[] rates = interleaved(ourPlan, barePlan, 2 * roundSeconds);
      double ourRate = rates[0];
      double bareRate = rates[1];
      System.out.printf("  %s round %d: ours %.2f plans/s, bare %.2f plans/s%n", app.database, round + 1, ourRate,
          bareRate);
      ourRates.add(ourRate);
      bareRates.add(bareRate);
      ratios.add(ourRate / bareRate);
    }
    if (app.postgres()) {
      // where the database's time goes for our plans alone: one more round of ours, counted by PostgreSQL
      PgStatements statements = new PgStatements(app.bean(DataSource.class));
      statements.reset();
      timed(ourPlan, roundSeconds);
      statements.report(report, "1. lifecycle, PostgreSQL (one extra round of ours)", 6);
    }
    String shape = "13 tasks completed per plan, " + variables + " variables";
    report.add("1. lifecycle, " + app.database, "plans/s (creation → execution, 10 assignments)", "plans/s", ourRates,
        shape);
    report.add("2. bare engine, " + app.database, "plans/s (4 sequential + 10 parallel user tasks)", "plans/s",
        bareRates, "13 tasks completed per plan, " + bareVariables + " variables");
    report.add("2. ours / bare, " + app.database, "ratio of plans/s (same round)", "×", ratios, "1 = as fast as bare");
  }

  /**
   * Plans per second of each, a plan of ours and a bare plan in turn for at least {@code seconds} in all, each
   * plan timed on its own: whatever slows the machine or the database for a while (a checkpoint, the database file
   * growing, a collection) falls on both alike. Timing blocks of several seconds each, as before, let H2's rounds
   * spread from 0.64 to 1.69.
   */
  private static double[] interleaved(Runnable ours, Runnable bare, double seconds) {
    long limit = System.nanoTime() + (long) (seconds * 1e9);
    long ourNanos = 0;
    long bareNanos = 0;
    int plans = 0;
    while (System.nanoTime() < limit) {
      // which goes first alternates, so that neither always finds what the other left behind
      boolean oursFirst = plans % 2 == 0;
      long start = System.nanoTime();
      (oursFirst ? ours : bare).run();
      long middle = System.nanoTime();
      (oursFirst ? bare : ours).run();
      long end = System.nanoTime();
      ourNanos += oursFirst ? middle - start : end - middle;
      bareNanos += oursFirst ? end - middle : middle - start;
      plans++;
    }
    return new double[] {plans / (ourNanos / 1e9), plans / (bareNanos / 1e9)};
  }

  /** Plans per second over at least {@code seconds} of driving. */
  private static double timed(Runnable plan, double seconds) {
    long start = System.nanoTime();
    long limit = (long) (seconds * 1e9);
    int plans = 0;
    while (System.nanoTime() - start < limit) {
      plan.run();
      plans++;
    }
    return plans / ((System.nanoTime() - start) / 1e9);
  }
}
