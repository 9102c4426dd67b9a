package vn.kehoach.engine.assignment;

import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.notification.DeadlineNotifications;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.PlanService;

/** Still open after the grace period: the signer is told. */
@Component("escalateToSignerDelegate")
public class EscalateToSignerDelegate extends EscalationDelegate {

  public EscalateToSignerDelegate(PlanService plans, AssignmentService assignments, DeadlineNotifications notifications,
      Organisation organisation) {
    super(plans, assignments, notifications, organisation, 2);
  }
}
