package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.RECIPIENT_UNIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.task.TaskActor;
import vn.kehoach.plan.PlanService;

/** When a recipient unit completes "Tiếp nhận", records who received the plan and when. */
@Component("acknowledgementListener")
public class AcknowledgementListener implements TaskListener {

  private final PlanService plans;
  private final TaskActor actor;

  public AcknowledgementListener(PlanService plans, TaskActor actor) {
    this.plans = plans;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.acknowledge(PLAN_ID.from(task), RECIPIENT_UNIT.from(task), actor.of(task));
  }
}
