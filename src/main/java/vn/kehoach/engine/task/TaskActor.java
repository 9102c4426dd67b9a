package vn.kehoach.engine.task;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who completed a task: the logged-in user, else the assignee. */
@Component
public class TaskActor {

  private final IdentityService identity;

  public TaskActor(IdentityService identity) {
    this.identity = identity;
  }

  public String of(DelegateTask task) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
