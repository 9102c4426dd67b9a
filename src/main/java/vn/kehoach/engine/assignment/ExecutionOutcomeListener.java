package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.REPORT;

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
 * its contract checked (TaskContracts). On create the previous choice is cleared so that the form opens empty.
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
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(Vars.OUTCOME.name());
      task.getExecution().removeVariable(Vars.EXTENSION_REASON.name());
      task.getExecution().removeVariable(Vars.EXTENSION_DUE_DATE.name());
      return;
    }
    if (Outcome.valueOf(Vars.OUTCOME.from(task)) == Outcome.EXTENSION) {
      assignments.requestExtension(ASSIGNMENT_ID.from(task), Vars.EXTENSION_REASON.from(task).strip(),
          TaskInput.date(Vars.EXTENSION_DUE_DATE.from(task)), actor.of(task));
      // a report typed before switching to the extension is not a result
      task.getExecution().removeVariable(REPORT.name());
    } else {
      PlanVariables.REPORTED_BY.on(task.getExecution(), actor.of(task));
    }
  }
}
