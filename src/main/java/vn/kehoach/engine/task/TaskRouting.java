package vn.kehoach.engine.task;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.plan.PlanService;

/**
 * Who works on a task, decided when the task is created by its contract, from the plan's own tables and the
 * organisation. No process variable a participant could have written takes part, and a plan edited while drafting
 * routes its next tasks to its new units. What the task says (name, description, priority) comes from the same
 * tables ({@link TaskLabels}).
 */
@Component("taskRouting")
public class TaskRouting implements TaskListener {

  private final TaskContracts contracts;
  private final TaskLabels labels;
  private final PlanService plans;
  private final AssignmentService assignments;
  private final Clock clock;

  public TaskRouting(TaskContracts contracts, TaskLabels labels, PlanService plans, AssignmentService assignments,
                     Clock clock) {
    this.contracts = contracts;
    this.labels = labels;
    this.plans = plans;
    this.assignments = assignments;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskContract contract = contracts.of(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No contract for task " + task.getTaskDefinitionKey()));
    TaskSubject subject = TaskSubject.of(task);
    task.addCandidateGroup(contract.routing().candidateGroup(subject, task));
    String step = task.getBpmnModelElementInstance() == null ? task.getName()
        : task.getBpmnModelElementInstance().getName();
    TaskLabels.TaskLabel label = labels.of(step, plans.get(subject.planId()),
        subject.assignmentId() == null ? null : assignments.assignment(subject.assignmentId()), task.getDueDate(),
        clock.instant());
    task.setName(label.name());
    task.setDescription(label.description());
    task.setPriority(label.priority());
  }
}
