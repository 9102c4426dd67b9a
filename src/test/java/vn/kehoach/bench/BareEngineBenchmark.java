package vn.kehoach.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare-engine baseline: a process built with Camunda's model API with the plan's shape and nothing of the
 * application (no listeners, delegates, timers or tables of its own): draft, review and sign in sequence, ten
 * parallel unit tasks, then a consolidation task left open; the same number of variables as one of our plans
 * holds. Deployed to the same engine and driven the same way (tasks found by business key and definition key).
 */
final class BareEngineBenchmark {

  static final String KEY = "bench-bare-plan";
  static final int UNITS = 10;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private int extraVariables;
  /** Shared by every instance: the cost and lifecycle scenarios drive bare plans in one database, keys must differ. */
  private static final AtomicLong SEQUENCE = new AtomicLong();

  BareEngineBenchmark(AppContext app) {
    this.runtime = app.engine.getRuntimeService();
    this.tasks = app.engine.getTaskService();
    this.history = app.engine.getHistoryService();
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("Draft").camundaCandidateGroups("${drafterGroup}")
        .userTask("Review").camundaCandidateGroups("${officeGroup}")
        .userTask("Sign").camundaCandidateGroups("${signerGroup}")
        .userTask("Execute").camundaCandidateGroups("unit-${loopCounter}")
          .multiInstance().parallel().cardinality(Integer.toString(UNITS)).multiInstanceDone()
        .userTask("Consolidate").camundaCandidateGroups("${drafterGroup}")
        .endEvent()
        .done();
    app.engine.getRepositoryService().createDeployment().name("bench-bare").addModelInstance(KEY + ".bpmn", model)
        .deploy();
  }

  /** Adds start variables until one bare plan holds as many variables as {@code target} (one of our plans). */
  void matchVariables(long target) {
    extraVariables = 0;
    String key = carry();
    long inherent = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
            .getId()).count();
    extraVariables = (int) Math.max(0, target - inherent);
  }

  int variablesPerPlan() {
    String key = carry();
    return (int) history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
            .getId()).count();
  }

  /** One bare plan, from start to the open consolidation task; returns its business key. */
  String carry() {
    String key = "bare-" + SEQUENCE.incrementAndGet();
    drive(KEY, key, startVariables());
    return key;
  }

  /**
   * Starts {@code processKey} and completes its steps as a plan's: "Draft", "Review", "Sign", then every unit's
   * "Execute" (found by business key, in the process or in children given it), up to the open "Consolidate".
   */
  void drive(String processKey, String key, Map<String, Object> variables) {
    runtime.startProcessInstanceByKey(processKey, key, variables);
    complete(key, "Draft", Map.of());
    complete(key, "Review", Map.of("decision", "APPROVE"));
    complete(key, "Sign", Map.of("decision", "APPROVE"));
    List<Task> work = tasks(key, "Execute");
    if (work.size() != UNITS) {
      throw new IllegalStateException(work.size() + " unit tasks in bare plan " + key);
    }
    for (Task task : work) {
      tasks.complete(task.getId(), Map.of("report", "Đã thực hiện"));
    }
    if (tasks(key, "Consolidate").size() != 1) {
      throw new IllegalStateException("bare plan " + key + " does not wait for consolidation");
    }
  }

  /** The variables a bare plan starts with: its three groups, then as many more as make it hold one of ours. */
  Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("drafterGroup", "dang-uy-cong-an-tinh");
    variables.put("officeGroup", "van-phong-tinh-uy");
    variables.put("signerGroup", "pho-bi-thu-tinh-uy");
    for (int i = 0; i < extraVariables; i++) {
      variables.put("v" + i, "giá trị " + i + " của kế hoạch đo hiệu năng");
    }
    return variables;
  }

  private void complete(String key, String taskKey, Map<String, Object> variables) {
    List<Task> open = tasks(key, taskKey);
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open bare " + taskKey + " tasks");
    }
    tasks.complete(open.get(0).getId(), variables);
  }

  private List<Task> tasks(String key, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).orderByTaskId().asc()
        .list();
  }
}
