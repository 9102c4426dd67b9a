package vn.kehoach.bench;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * The bare engine in our model's shape, with nothing of the application: the plan's three steps, then each unit's
 * task in a child process instance of its own (a parallel multi-instance call activity passing eight plan variables
 * in, as plan-lifecycle.bpmn does), the task inside a subprocess that holds three timers (reminder, deadline, grace
 * period, all weeks ahead), as assignment.bpmn does. Beside {@link BareEngineBenchmark} (same start variables) it
 * tells what the model's shape costs the engine; beside ours, what our code and tables add to that shape.
 */
final class BareModelShapeBenchmark {

  static final String KEY = "bench-bare-shape";
  static final String UNIT_KEY = "bench-bare-shape-unit";
  /** Passed into each child, as plan-lifecycle.bpmn passes eight (plan id, title, number, ..., assignment id). */
  static final List<String> PASSED_IN = List.of("planId", "planTitle", "planShortTitle", "planNumber",
      "planIssuedOnText", "issuerName", "monitoringName", "assignmentId");
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final BareEngineBenchmark bare;

  BareModelShapeBenchmark(AppContext app, BareEngineBenchmark bare) {
    this.bare = bare;
    var call = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("Draft").camundaCandidateGroups("${drafterGroup}")
        .userTask("Review").camundaCandidateGroups("${officeGroup}")
        .userTask("Sign").camundaCandidateGroups("${signerGroup}")
        .callActivity("ExecuteAssignment").calledElement(UNIT_KEY)
        .camundaInBusinessKey("#{execution.processBusinessKey}")
        .camundaIn("loopCounter", "unitIndex")
        .camundaIn("reminderAt", "reminderAt").camundaIn("due", "due").camundaIn("graceOver", "graceOver");
    for (String name : PASSED_IN) {
      call = call.camundaIn(name, name);
    }
    BpmnModelInstance plan = call.multiInstance().parallel().cardinality(Integer.toString(BareEngineBenchmark.UNITS))
        .multiInstanceDone()
        .userTask("Consolidate").camundaCandidateGroups("${drafterGroup}")
        .endEvent()
        .done();
    SubProcessBuilder work = Bpmn.createExecutableProcess(UNIT_KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .subProcess("Work");
    work.embeddedSubProcess().startEvent().userTask("Execute").camundaCandidateGroups("unit-${unitIndex}")
        .endEvent();
    BpmnModelInstance unit = work.endEvent("Done")
        .moveToActivity("Work").boundaryEvent("Reminder").cancelActivity(false).timerWithDate("${reminderAt}")
        .endEvent()
        .moveToActivity("Work").boundaryEvent("DeadlineMissed").cancelActivity(false).timerWithDate("${due}")
        .endEvent()
        .moveToActivity("Work").boundaryEvent("GracePeriodOver").cancelActivity(false).timerWithDate("${graceOver}")
        .endEvent()
        .done();
    app.engine.getRepositoryService().createDeployment().name("bench-bare-shape")
        .addModelInstance(UNIT_KEY + ".bpmn", unit).addModelInstance(KEY + ".bpmn", plan).deploy();
  }

  /** One plan of this shape, from start to the open consolidation task; returns its business key. */
  String carry() {
    String key = "bare-shape-" + SEQUENCE.incrementAndGet();
    Map<String, Object> variables = bare.startVariables();
    putTimerDates(variables);
    for (String name : PASSED_IN) {
      variables.put(name, name.endsWith("Id") ? (Object) SEQUENCE.get() : "giá trị của " + name);
    }
    bare.drive(KEY, key, variables);
    return key;
  }

  /** The three timers' dates, weeks ahead as an assignment's are: reminder, deadline, end of the grace period. */
  static void putTimerDates(Map<String, Object> variables) {
    LocalDate due = LocalDate.now().plusDays(60);
    variables.put("reminderAt", date(due.minusDays(3)));
    variables.put("due", date(due.plusDays(1)));
    variables.put("graceOver", date(due.plusDays(8)));
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(EscalationStormBenchmark.VIETNAM).toInstant());
  }
}
