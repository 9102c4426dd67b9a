package vn.kehoach.bench;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import vn.kehoach.plan.Plan;

/**
 * Scenarios 1 and 2: plans per second carried from creation through signature, issue and dissemination to
 * execution with ten assignments (each unit reports), one client thread; and the bare-engine plan of the same
 * shape on the same engine, and the bare engine in our model's shape (child instances, timers), a plan of each in
 * turn, each timed on its own, warm-up excluded.
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

    BareModelShapeBenchmark modelShape = new BareModelShapeBenchmark(app, bare);
    Runnable ourPlan = () -> ours.carryToExecution(PlanDriving.request("Kế hoạch đo " + (++sequence), ASSIGNMENTS, due));
    Runnable barePlan = bare::carry;
    Runnable shapePlan = modelShape::carry;
    timed(ourPlan, warmUpSeconds);
    timed(barePlan, warmUpSeconds / 2);
    timed(shapePlan, warmUpSeconds / 2);

    Rounds ourRates = new Rounds();
    Rounds bareRates = new Rounds();
    Rounds shapeRates = new Rounds();
    Rounds ratios = new Rounds();
    Rounds shapeRatios = new Rounds();
    Rounds oursToShape = new Rounds();
    for (int round = 0; round < rounds; round++) {
      double[] rates = interleaved(List.of(ourPlan, barePlan, shapePlan), 3 * roundSeconds);
      double ourRate = rates[0];
      double bareRate = rates[1];
      double shapeRate = rates[2];
      System.out.printf("  %s round %d: ours %.2f plans/s, bare %.2f plans/s, bare in our model's shape %.2f plans/s%n",
          app.database, round + 1, ourRate, bareRate, shapeRate);
      ourRates.add(ourRate);
      bareRates.add(bareRate);
      shapeRates.add(shapeRate);
      ratios.add(ourRate / bareRate);
      shapeRatios.add(shapeRate / bareRate);
      oursToShape.add(ourRate / shapeRate);
    }
    if (app.postgres()) {
      // where the database's time goes for our plans alone: one more round of ours, counted by PostgreSQL
      PgStatements statements = new PgStatements(app.bean(DataSource.class));
      statements.reset();
      timed(ourPlan, roundSeconds);
      statements.report(report, "1. lifecycle, PostgreSQL (one extra round of ours)", 6);
    }
    report.add("1. lifecycle, " + app.database, "plans/s (creation → execution, 10 assignments)", "plans/s", ourRates,
        "13 tasks completed per plan, " + variables + " variables");
    report.add("2. bare engine, " + app.database, "plans/s (4 sequential + 10 parallel user tasks)", "plans/s",
        bareRates, "13 tasks completed per plan, " + bareVariables + " variables");
    report.add("2. ours / bare, " + app.database, "ratio of plans/s (same round)", "×", ratios, "1 = as fast as bare");
    report.add("2. bare engine in our model's shape, " + app.database,
        "plans/s (3 user tasks, 10 child instances each with a task in a subprocess with 3 timers)", "plans/s",
        shapeRates, "BareModelShapeBenchmark: no code of the application");
    report.add("2. model's shape / bare, " + app.database, "ratio of plans/s (same round)", "×", shapeRatios,
        "what the model's shape costs the engine");
    report.add("2. ours / bare in our model's shape, " + app.database, "ratio of plans/s (same round)", "×",
        oursToShape, "what our code, tables, grants and listeners add to the shape");
  }

  /**
   * Plans per second of each kind, one plan of each in turn for at least {@code seconds} in all, each plan timed on
   * its own, the kind that goes first moving on every turn: whatever slows the machine or the database for a while (a
   * checkpoint, the database file growing, a collection) falls on all alike. Timing blocks of several seconds each,
   * as before, let H2's rounds spread from 0.64 to 1.69.
   */
  static double[] interleaved(List<Runnable> kinds, double seconds) {
    long limit = System.nanoTime() + (long) (seconds * 1e9);
    long[] nanos = new long[kinds.size()];
    int turns = 0;
    while (System.nanoTime() < limit) {
      for (int k = 0; k < kinds.size(); k++) {
        int kind = (turns + k) % kinds.size();
        long start = System.nanoTime();
        kinds.get(kind).run();
        nanos[kind] += System.nanoTime() - start;
      }
      turns++;
    }
    double[] rates = new double[kinds.size()];
    for (int kind = 0; kind < kinds.size(); kind++) {
      rates[kind] = turns / (nanos[kind] / 1e9);
    }
    return rates;
  }

  /** Plans per second over at least {@code seconds} of driving. */
  static double timed(Runnable plan, double seconds) {
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
