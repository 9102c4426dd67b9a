package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.engine.task.TaskActor;

/** An urge ("Đôn đốc") completes with what was done about the overdue work ({@code urgeNote}), kept with the plan. */
@Component("urgeTaskListener")
public class UrgeTaskListener implements TaskListener {

  private final AssignmentService assignments;
  private final TaskActor actor;

  public UrgeTaskListener(AssignmentService assignments, TaskActor actor) {
    this.assignments = assignments;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    assignments.recordUrge(PLAN_ID.from(task), ASSIGNMENT_ID.from(task), task.getTaskDefinitionKey(),
        Vars.URGE_NOTE.from(task).strip(), actor.of(task));
    task.getExecution().removeVariable(Vars.URGE_NOTE.name());
  }
}
