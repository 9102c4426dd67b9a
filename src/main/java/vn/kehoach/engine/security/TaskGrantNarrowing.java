package vn.kehoach.engine.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tasks created before the engine granted TASK_WORK (application.yaml, {@code defaultUserPermissionNameForTask}) gave
 * their candidates and assignees UPDATE: they could rename the task or move its due date. At start, each such grant on
 * a single task becomes READ, TASK_WORK and READ_VARIABLE, as new tasks get. Grants on every task ({@code *}, the
 * administrators') stay.
 */
@Component
public class TaskGrantNarrowing {

  private static final Logger LOG = LoggerFactory.getLogger(TaskGrantNarrowing.class);

  private final AuthorizationService authorizations;

  public TaskGrantNarrowing(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void narrow() {
    int narrowed = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
      if (ANY.equals(grant.getResourceId())) {
        continue;
      }
      grant.removePermission(Permissions.UPDATE);
      grant.addPermission(Permissions.TASK_WORK);
      grant.addPermission(TaskPermissions.READ_VARIABLE);
      authorizations.saveAuthorization(grant);
      narrowed++;
    }
    if (narrowed > 0) {
      LOG.info("{} task grants narrowed from UPDATE to READ, TASK_WORK, READ_VARIABLE", narrowed);
    }
  }
}
