package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.plan.PlanService;

/**
 * Sends the issued plan to "Nơi nhận" and prepares the fan-out: the recipient units that confirm receipt, and
 * the assignments to carry out. Both lists are transient: the plan's tables hold them, the engine needs them
 * only to start the parallel branches in this same transaction.
 */
@Component("disseminatePlanDelegate")
public class DisseminatePlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public DisseminatePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = PLAN_ID.from(execution);
    ACKNOWLEDGING_UNITS.transientOn(execution, plans.disseminate(planId));
    vn.kehoach.plan.Plan plan = plans.get(planId);
    ASSIGNMENT_IDS.transientOn(execution, plan.assignments().stream().map(Assignment::id).toList());
    // the review timers' dates, from the plan's row (never from a task's input): 08:00 in Vietnam of each day
    INTERIM_REVIEW_AT.on(execution, at8(plan.interimReviewOn()));
    FINAL_REVIEW_AT.on(execution, at8(plan.finalReviewOn()));
  }

  private static java.util.Date at8(java.time.LocalDate day) {
    return day == null ? null
        : java.util.Date.from(day.atTime(8, 0).atZone(vn.kehoach.deadline.Deadline.VIETNAM).toInstant());
  }
}
