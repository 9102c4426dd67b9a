package vn.kehoach.engine.task;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.parser.DateRange;
import vn.kehoach.engine.assignment.AssignmentProcess;
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
    Assignment assignment = subject.assignmentId() == null ? null : assignments.assignment(subject.assignmentId());
    if (assignment != null && task.getDueDate() != null
        && AssignmentProcess.Elements.PERIODIC_REPORT.equals(task.getTaskDefinitionKey())) {
      // a report calendar's task names the period it covers: "Báo cáo định kỳ (kỳ báo cáo từ … đến …)"
      LocalDate lastDay = LocalDate.ofInstant(task.getDueDate().toInstant(), Deadline.VIETNAM).minusDays(1);
      DateRange covered = assignment.deadline().periodCovered(lastDay);
      if (covered != null) {
        step = step + " (kỳ báo cáo " + covered.vietnamese() + ")";
      }
    }
    TaskLabels.TaskLabel label = labels.of(step, plans.header(subject.planId()), assignment, task.getDueDate(),
        clock.instant());
    task.setName(label.name());
    task.setDescription(label.description());
    task.setPriority(label.priority());
  }
}
