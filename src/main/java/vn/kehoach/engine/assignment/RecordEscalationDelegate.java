package vn.kehoach.engine.assignment;

import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.notification.DeadlineNotifications;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.PlanService;

/** At the deadline: the monitoring unit is to urge the unit ("Đôn đốc"). */
@Component("recordEscalationDelegate")
public class RecordEscalationDelegate extends EscalationDelegate {

  public RecordEscalationDelegate(PlanService plans, AssignmentService assignments, DeadlineNotifications notifications,
      Organisation organisation) {
    super(plans, assignments, notifications, organisation, 1);
  }
}
