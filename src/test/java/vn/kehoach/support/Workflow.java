package vn.kehoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;

/** Drives plans through their tasks the way Tasklist users would, through the engine's task service. */
@Component
public class Workflow {

  private final PlanService plans;
  private final TaskService tasks;

  public Workflow(PlanService plans, TaskService tasks) {
    this.plans = plans;
    this.tasks = tasks;
  }

  public Plan create(PlanRequest request) {
    return plans.create(request);
  }

  /** The open tasks of a plan (its lifecycle and its assignments) with this definition key. */
  public List<Task> tasks(Plan plan, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(plan.businessKey()).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  public Task task(Plan plan, String taskKey) {
    List<Task> open = tasks(plan, taskKey);
    assertThat(open).as("open %s tasks of plan %s", taskKey, plan.id()).hasSize(1);
    return open.get(0);
  }

  public void complete(Plan plan, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(plan, taskKey).getId(), variables);
  }

  public void decide(Plan plan, String taskKey, String decision, String comment) {
    java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
    variables.put("decision", decision);
    variables.put("comment", comment);
    complete(plan, taskKey, variables);
  }

  /** Drafted and approved by the office: the plan waits for signature. */
  public Plan toSignature(PlanRequest request) {
    Plan plan = create(request);
    complete(plan, Elements.DRAFT, Map.of());
    decide(plan, Elements.REVIEW, "APPROVE", null);
    return plans.get(plan.id());
  }

  public Plan reload(Plan plan) {
    return plans.get(plan.id());
  }
}
