package vn.kehoach.engine.assignment;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.kehoach.cascade.OwnPlanWorkflow;
import vn.kehoach.engine.PlanVariables;

/**
 * Lets the assignment's workflow go on once the unit's plan is issued. An assignment whose workflow is not waiting
 * yet (its plan came first) finds it done when it gets there, so no waiting instance is fine.
 */
@Component
public class CamundaOwnPlanWorkflow implements OwnPlanWorkflow {

  private final RuntimeService runtime;

  public CamundaOwnPlanWorkflow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void ownPlanIssued(long assignmentId) {
    runtime.createMessageCorrelation(AssignmentProcess.OWN_PLAN_ISSUED_MESSAGE)
        .processInstanceVariableEquals(PlanVariables.ASSIGNMENT_ID.name(), assignmentId)
        .correlateAllWithResult();
  }
}
