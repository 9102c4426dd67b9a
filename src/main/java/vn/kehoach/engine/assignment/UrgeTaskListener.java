package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;
import static vn.kehoach.engine.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.engine.task.TaskActor;
import vn.kehoach.plan.PlanService;

/** An urge ("Đôn đốc") completes with what was done about the overdue work ({@code urgeNote}), kept with the plan. */
@Component("urgeTaskListener")
public class UrgeTaskListener implements TaskListener {

  private final PlanService plans;
  private final TaskActor actor;

  public UrgeTaskListener(PlanService plans, TaskActor actor) {
    this.plans = plans;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.recordUrge(PLAN_ID.from(task), ASSIGNMENT_ID.from(task), task.getTaskDefinitionKey(),
        Vars.URGE_NOTE.from(task).strip(), actor.of(task));
    task.getExecution().removeVariable(Vars.URGE_NOTE.name());
  }
}
