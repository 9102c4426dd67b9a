package vn.kehoach.engine.security;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Groups' READ grants on one process instance, one row per group and instance: what lets Cockpit show an office or a
 * unit the plans it takes part in ({@link PlanAccessGrants}), and takes a plan away from a unit its draft no longer
 * names.
 */
@Component
public class InstanceReadGrants {

  private final AuthorizationService authorizations;

  public InstanceReadGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String instanceId, Set<String> groups) {
    for (String group : groups) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId(instanceId);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }

  public void revoke(String instanceId, Set<String> groups) {
    if (groups.isEmpty()) {
      return;
    }
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).groupIdIn(groups.toArray(String[]::new))
        .list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
