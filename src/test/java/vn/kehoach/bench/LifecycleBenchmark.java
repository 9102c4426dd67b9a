package vn.kehoach.bench;

import java.time.LocalDate;
import javax.sql.DataSource;
import vn.kehoach.plan.Plan;

/**
 * Scenarios 1 and 2: plans per second carried from creation through signature, issue and dissemination to
 * execution with ten assignments (each unit reports), one client thread; and the bare-engine plan of the same
 * shape on the same engine, in alternating rounds of fixed length, warm-up excluded.
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
      double ourRate = timed(ourPlan, roundSeconds);
      double bareRate = timed(barePlan, roundSeconds);
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
