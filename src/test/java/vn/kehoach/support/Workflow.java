package vn.kehoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;

/** Drives plans through their tasks the way Tasklist users would, through the engine's task service. */
@Component
public class Workflow {

  private final PlanService plans;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;

  public Workflow(PlanService plans, TaskService tasks, RuntimeService runtime, ManagementService management) {
    this.plans = plans;
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
  }

  public Plan create(PlanRequest request) {
    return plans.create(request, Viewer.SYSTEM);
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
    complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    decide(plan, Elements.REVIEW, "APPROVE", null);
    return plans.get(plan.id());
  }

  /** Drafted, approved and signed: the plan is issued and its assignments are running. */
  public Plan issued(PlanRequest request) {
    Plan plan = toSignature(request);
    decide(plan, Elements.SIGN, "APPROVE", null);
    return plans.get(plan.id());
  }

  /** Reports a unit's result: dated work completes with outcome DONE and the report, ongoing work with the report. */
  public void report(Task task, String report) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("report", report);
    if (AssignmentProcess.Elements.EXECUTE.equals(task.getTaskDefinitionKey())) {
      variables.put("outcome", "DONE");
    }
    tasks.complete(task.getId(), variables);
  }

  /** A recipient unit confirms receipt. */
  public void acknowledge(Task task) {
    tasks.complete(task.getId(), Map.of("acknowledged", true));
  }

  /** The units' work tasks: dated ("Thực hiện nhiệm vụ" with a due date) and ongoing ones. */
  public List<Task> workTasks(Plan plan) {
    List<Task> work = new ArrayList<>(tasks(plan, AssignmentProcess.Elements.EXECUTE));
    work.addAll(tasks(plan, AssignmentProcess.Elements.EXECUTE_ONGOING));
    return work;
  }

  /** The timer jobs of the plan's process instances (its lifecycle and its assignments). */
  public List<Job> timers(Plan plan) {
    List<Job> jobs = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(plan.businessKey()).list()) {
      jobs.addAll(management.createJobQuery().timers().processInstanceId(instance.getId()).list());
    }
    return jobs;
  }

  /** The due date of the plan's one timer at this BPMN element. */
  public Date timerDue(Plan plan, String activityId) {
    List<Job> jobs = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(plan.businessKey()).list()) {
      jobs.addAll(management.createJobQuery().timers().processInstanceId(instance.getId()).activityId(activityId).list());
    }
    assertThat(jobs).as("timers at %s", activityId).hasSize(1);
    return jobs.get(0).getDuedate();
  }

  /**
   * Does what the job executor would do at the engine clock's current time: executes the plan's timers that are
   * due, and those that become due by doing so, and returns how many fired.
   */
  public int fireDueTimers(Plan plan) {
    int fired = 0;
    for (int round = 0; round < 20; round++) {
      Date now = ClockUtil.getCurrentTime();
      List<Job> due = timers(plan).stream().filter(job -> !job.getDuedate().after(now)).toList();
      if (due.isEmpty()) {
        return fired;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        fired++;
      }
    }
    throw new AssertionError("timers keep firing: a loop in the model?");
  }

  /** A variable of a process instance (of the plan's lifecycle or one of its assignments). */
  public Object variable(String processInstanceId, String name) {
    return runtime.getVariable(processInstanceId, name);
  }

  public Plan reload(Plan plan) {
    return plans.get(plan.id());
  }
}
