package vn.kehoach.engine.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Role;
import vn.kehoach.organisation.Unit;

/**
 * Camunda's authorizations and Tasklist filters ({@link TasklistFilters}), created from the organisation at every start and idempotent:
 * admins may do everything; every unit and role may use Tasklist and Cockpit and see the process definitions.
 * Which plans and tasks a group sees is granted per instance ({@link PlanAccessGrants}) and per task (Camunda
 * grants a task to its candidate groups: READ, TASK_WORK, READ_VARIABLE; see {@link TaskGrantNarrowing}).
 */
@Component
public class AuthorizationSynchroniser {

  private final AuthorizationService authorizations;
  private final TasklistFilters filters;
  private final Organisation organisation;
  private final TaskGrantNarrowing taskGrants;

  public AuthorizationSynchroniser(AuthorizationService authorizations, TasklistFilters filters,
                                   Organisation organisation, TaskGrantNarrowing taskGrants) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.organisation = organisation;
    this.taskGrants = taskGrants;
  }

  public void synchronise() {
    for (Resource resource : Resources.values()) {
      grantGroup(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    for (String group : groups()) {
      grantGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grantGroup(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grantGroup(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    filters.synchronise().forEach((filter, readers) -> {
      if (readers == null) {
        grantGlobal(Resources.FILTER, filter.getId(), Permissions.READ);
      } else {
        readers.forEach(group -> grantGroup(group, Resources.FILTER, filter.getId(), Permissions.READ));
      }
    });
    taskGrants.narrow();
  }

  private List<String> groups() {
    List<String> groups = new java.util.ArrayList<>(organisation.units().stream().map(Unit::id).toList());
    organisation.roles().stream().map(Role::id).forEach(groups::add);
    return groups;
  }

  void grantGroup(String group, Resource resource, String resourceId, Permission permission) {
    grant(AUTH_TYPE_GRANT, group, resource, resourceId, permission);
  }

  private void grantGlobal(Resource resource, String resourceId, Permission permission) {
    grant(AUTH_TYPE_GLOBAL, null, resource, resourceId, permission);
  }

  /** Adds the permission to the one authorization of this kind, creating it if needed; nothing twice. */
  private void grant(int type, String group, Resource resource, String resourceId, Permission permission) {
    var query = authorizations.createAuthorizationQuery().authorizationType(type).resourceType(resource)
        .resourceId(resourceId);
    Authorization authorization = (group == null ? query : query.groupIdIn(group)).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(type);
      if (group == null) {
        authorization.setUserId(ANY);
      } else {
        authorization.setGroupId(group);
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
