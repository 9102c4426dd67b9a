package vn.kehoach.engine.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Role;
import vn.kehoach.organisation.Unit;

/**
 * Camunda's authorizations and Tasklist filters, created from the organisation at every start and idempotent:
 * admins may do everything; every unit and role may use Tasklist and Cockpit and see the process definitions.
 * Which plans and tasks a group sees is granted per instance ({@link PlanAccessGrants}) and per task (Camunda
 * grants a task to its candidate groups: READ, TASK_WORK, READ_VARIABLE; see {@link TaskGrantNarrowing}).
 */
@Component
public class AuthorizationSynchroniser {

  /** The Tasklist filters every user gets; what each shows is limited by the user's authorizations. */
  static final List<String> FILTERS = List.of("Việc của đơn vị tôi (My units' tasks)", "Việc tôi đang làm (Assigned to me)",
      "Quá hạn (Overdue)", "Tất cả công việc (All tasks)");

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final Organisation organisation;
  private final TaskGrantNarrowing taskGrants;

  public AuthorizationSynchroniser(AuthorizationService authorizations, FilterService filters, TaskService tasks,
                                   Organisation organisation, TaskGrantNarrowing taskGrants) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
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
    for (String name : FILTERS) {
      Filter filter = filters.createFilterQuery().filterName(name).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(name).setQuery(query(name));
        filters.saveFilter(filter);
      }
      grantGlobal(Resources.FILTER, filter.getId(), Permissions.READ);
    }
    taskGrants.narrow();
  }

  private TaskQuery query(String filterName) {
    TaskQuery query = tasks.createTaskQuery();
    return switch (FILTERS.indexOf(filterName)) {
      case 0 -> query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
      case 1 -> query.taskAssigneeExpression("${currentUser()}");
      case 2 -> query.dueBeforeExpression("${now()}");
      default -> query;
    };
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
