package vn.kehoach.engine.assignment;

import org.springframework.stereotype.Component;
import vn.kehoach.notification.DeadlineNotifications;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.PlanService;

/** At the deadline: the monitoring unit is to urge the unit ("Đôn đốc"). */
@Component("recordEscalationDelegate")
public class RecordEscalationDelegate extends EscalationDelegate {

  public RecordEscalationDelegate(PlanService plans, DeadlineNotifications notifications, Organisation organisation) {
    super(plans, notifications, organisation, 1);
  }
}
