package vn.kehoach.engine.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Who works on a task, decided when the task is created by its contract, from the plan's own tables and the
 * organisation. No process variable a participant could have written takes part, and a plan edited while drafting
 * routes its next tasks to its new units.
 */
@Component("taskRouting")
public class TaskRouting implements TaskListener {

  private final TaskContracts contracts;

  public TaskRouting(TaskContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskContract contract = contracts.of(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No contract for task " + task.getTaskDefinitionKey()));
    task.addCandidateGroup(contract.routing().candidateGroup(TaskSubject.of(task), task));
  }
}
