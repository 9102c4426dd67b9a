package vn.kehoach.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * Scenario 9, the shape ladder: what each part of our model's shape costs the bare engine, with no code of the
 * application. Beside the flat bare plan ({@link BareEngineBenchmark}: three steps, ten parallel unit tasks) it
 * drives the same plan with each unit's task inside a subprocess, the unit's work either an embedded multi-instance
 * subprocess or a child instance per unit (a multi-instance call activity, as plan-lifecycle.bpmn has), with 0, 1 or
 * 3 non-interrupting timers on the subprocess (assignment.bpmn has 3: reminder, deadline, grace period, all weeks
 * ahead). A plan of each kind in turn ({@link LifecycleBenchmark#interleaved}); each rung's plans/s is reported as a
 * ratio to the flat bare plan's in the same round. It says how far any model that keeps an engine timer per
 * assignment can come to the flat plan, whatever the code around it does.
 */
final class ShapeLadderBenchmark {

  private static final AtomicLong SEQUENCE = new AtomicLong();
  /** As {@link BareModelShapeBenchmark#putTimerDates} names them, in the order the rungs add timers. */
  private static final List<String> TIMER_DATES = List.of("reminderAt", "due", "graceOver");

  private final AppContext app;
  private final Report report;
  private final BareEngineBenchmark bare;
  /** Rung name → its process key, in the order reported. */
  private final Map<String, String> rungs = new LinkedHashMap<>();

  ShapeLadderBenchmark(AppContext app, Report report) {
    this.app = app;
    this.report = report;
    this.bare = new BareEngineBenchmark(app);
    DeploymentBuilder deployment = app.engine.getRepositoryService().createDeployment().name("bench-shape-ladder");
    for (int timers : new int[] {0, 1, 3}) {
      String key = "bench-ladder-embedded-" + timers;
      deployment.addModelInstance(key + ".bpmn", embedded(key, timers));
      rungs.put("embedded subprocess per unit, " + timers + " timer(s)", key);
    }
    for (int timers : new int[] {0, 1, 3}) {
      String key = "bench-ladder-call-" + timers;
      deployment.addModelInstance(key + ".bpmn", calling(key));
      deployment.addModelInstance(key + "-unit.bpmn", unit(key + "-unit", timers));
      rungs.put("child instance per unit, " + timers + " timer(s)", key);
    }
    deployment.deploy();
  }

  void run(double warmUpSeconds, double roundSeconds, int rounds) {
    List<Runnable> kinds = new ArrayList<>();
    kinds.add(bare::carry);
    rungs.values().forEach(key -> kinds.add(() -> carry(key)));
    kinds.forEach(kind -> LifecycleBenchmark.timed(kind, warmUpSeconds / 2));

    List<String> names = List.copyOf(rungs.keySet());
    List<Rounds> ratios = new ArrayList<>();
    names.forEach(name -> ratios.add(new Rounds()));
    for (int round = 0; round < rounds; round++) {
      double[] rates = LifecycleBenchmark.interleaved(kinds, kinds.size() * roundSeconds);
      StringBuilder line = new StringBuilder(String.format("  %s round %d: flat bare %.2f plans/s", app.database,
          round + 1, rates[0]));
      for (int rung = 0; rung < names.size(); rung++) {
        double ratio = rates[rung + 1] / rates[0];
        ratios.get(rung).add(ratio);
        line.append(String.format("; %s %.2f", names.get(rung), ratio));
      }
      System.out.println(line);
    }
    PgStatements statements = app.postgres() ? new PgStatements(app.bean(DataSource.class)) : null;
    String flat = statementsPerPlan(statements, bare::carry);
    if (!flat.isEmpty()) {
      report.note("9. shape ladder, " + app.database + ": the flat bare plan, " + flat);
    }
    for (int rung = 0; rung < names.size(); rung++) {
      String key = rungs.get(names.get(rung));
      report.add("9. shape ladder, " + app.database, names.get(rung) + " / flat bare", "×", ratios.get(rung),
          statementsPerPlan(statements, () -> carry(key)));
    }
  }

  /** Statements per plan of one kind, counted by PostgreSQL over 10 plans, for the report's note. */
  private static String statementsPerPlan(PgStatements statements, Runnable plan) {
    if (statements == null) {
      return "";
    }
    statements.reset();
    for (int i = 0; i < 10; i++) {
      plan.run();
    }
    return statements.calls().stream().mapToObj(calls -> calls / 10 + " statements per plan").findFirst().orElse("");
  }

  private void carry(String processKey) {
    Map<String, Object> variables = bare.startVariables();
    BareModelShapeBenchmark.putTimerDates(variables);
    bare.drive(processKey, "ladder-" + SEQUENCE.incrementAndGet(), variables);
  }

  /** Draft, review and sign, then each unit's task in an embedded multi-instance subprocess, then consolidation. */
  private static BpmnModelInstance embedded(String key, int timers) {
    SubProcessBuilder each = steps(key).subProcess("ExecuteAssignment");
    SubProcessBuilder work = each.embeddedSubProcess().startEvent().subProcess("Work");
    work.embeddedSubProcess().startEvent().userTask("Execute").camundaCandidateGroups("unit-${loopCounter}").endEvent();
    withTimers(work.endEvent("Done"), timers);
    return each.multiInstance().parallel().cardinality(Integer.toString(BareEngineBenchmark.UNITS)).multiInstanceDone()
        .userTask("Consolidate").camundaCandidateGroups("${drafterGroup}").endEvent().done();
  }

  /** Draft, review and sign, then a child instance of {@code key-unit} per unit, then consolidation. */
  private static BpmnModelInstance calling(String key) {
    var call = steps(key).callActivity("ExecuteAssignment").calledElement(key + "-unit")
        .camundaInBusinessKey("#{execution.processBusinessKey}").camundaIn("loopCounter", "unitIndex");
    for (String date : TIMER_DATES) {
      call = call.camundaIn(date, date);
    }
    return call.multiInstance().parallel().cardinality(Integer.toString(BareEngineBenchmark.UNITS)).multiInstanceDone()
        .userTask("Consolidate").camundaCandidateGroups("${drafterGroup}").endEvent().done();
  }

  /** One unit's work: its task inside a subprocess with {@code timers} timers on it. */
  private static BpmnModelInstance unit(String key, int timers) {
    SubProcessBuilder work = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent()
        .subProcess("Work");
    work.embeddedSubProcess().startEvent().userTask("Execute").camundaCandidateGroups("unit-${unitIndex}").endEvent();
    return withTimers(work.endEvent("Done"), timers).done();
  }

  private static AbstractFlowNodeBuilder<?, ?> steps(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent()
        .userTask("Draft").camundaCandidateGroups("${drafterGroup}")
        .userTask("Review").camundaCandidateGroups("${officeGroup}")
        .userTask("Sign").camundaCandidateGroups("${signerGroup}");
  }

  /** Non-interrupting timers on the subprocess "Work", each to an end event, as assignment.bpmn's are. */
  private static AbstractFlowNodeBuilder<?, ?> withTimers(AbstractFlowNodeBuilder<?, ?> builder, int timers) {
    for (String date : TIMER_DATES.subList(0, timers)) {
      builder = builder.moveToActivity("Work").boundaryEvent("Timer_" + date).cancelActivity(false)
          .timerWithDate("${" + date + "}").endEvent();
    }
    return builder;
  }
}
