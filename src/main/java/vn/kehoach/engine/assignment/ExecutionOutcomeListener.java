package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.REPORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.PlanVariables;
import vn.kehoach.engine.assignment.AssignmentProcess.Outcome;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.engine.task.TaskActor;
import vn.kehoach.engine.task.TaskInput;

/**
 * The unit's task on dated work ends either with its result ({@code outcome} DONE, with a {@code report}) or with a
 * request for more time ({@code outcome} EXTENSION, with {@code extensionReason} and {@code extensionDueDate}), as
 * its contract checked (TaskContracts), and what it has done so far ({@code extensionProgress}, optional). On create
 * the previous choice is cleared so that the form opens empty, but for the report, which opens with that progress.
 */
@Component("executionOutcomeListener")
public class ExecutionOutcomeListener implements TaskListener {

  private final AssignmentService assignments;
  private final TaskActor actor;

  public ExecutionOutcomeListener(AssignmentService assignments, TaskActor actor) {
    this.assignments = assignments;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      execution.removeVariable(Vars.OUTCOME.name());
      execution.removeVariable(Vars.EXTENSION_REASON.name());
      execution.removeVariable(Vars.EXTENSION_DUE_DATE.name());
      // after an extension: the report field opens with what the unit had written so far
      String progress = Vars.EXTENSION_PROGRESS.fromOrNull(execution);
      if (progress != null && !progress.isBlank()) {
        REPORT.on(execution, progress);
      }
      return;
    }
    if (Outcome.valueOf(Vars.OUTCOME.from(task)) == Outcome.EXTENSION) {
      assignments.requestExtension(ASSIGNMENT_ID.from(task), Vars.EXTENSION_REASON.from(task).strip(),
          TaskInput.date(Vars.EXTENSION_DUE_DATE.from(task)), actor.of(task));
      // a report field prefilled or typed before switching to the extension is not a result; the progress is kept
      execution.removeVariable(REPORT.name());
      String progress = Vars.EXTENSION_PROGRESS.fromOrNull(execution);
      if (progress == null || progress.isBlank()) {
        execution.removeVariable(Vars.EXTENSION_PROGRESS.name());
      }
    } else {
      PlanVariables.REPORTED_BY.on(execution, actor.of(task));
      execution.removeVariable(Vars.EXTENSION_PROGRESS.name());
    }
  }
}
