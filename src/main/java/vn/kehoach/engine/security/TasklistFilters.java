package vn.kehoach.engine.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

/**
 * Tasklist's filters, one per question people ask, sorted by due date (then priority: late work first). The first,
 * which Tasklist opens, is the unit's work: what there is to pick up. A filter
 * for one role is readable by that role only: "Chờ ký" by the signers, "Chờ thẩm định" by the offices; the others
 * by everyone, each user seeing in them only the tasks he may see. Written at every start, so that a changed
 * definition reaches existing installations; filters of earlier versions are removed.
 */
@Component
public class TasklistFilters {

  /** Who may read a filter: null for everyone. */
  record Spec(String name, String description, Function<TaskQuery, TaskQuery> query, Set<String> readers) {}

  static final String MINE = "Việc của tôi (My tasks)";
  static final String UNIT = "Việc của đơn vị (My unit's tasks)";
  static final String DUE_SOON = "Sắp đến hạn (Due soon)";
  static final String OVERDUE = "Quá hạn (Overdue)";
  static final String TO_SIGN = "Chờ ký (To sign)";
  static final String TO_REVIEW = "Chờ thẩm định (To review)";
  static final String ALL = "Tất cả công việc (All tasks)";
  /** Names used by earlier versions. */
  static final List<String> RETIRED = List.of("Việc của đơn vị tôi (My units' tasks)", "Việc tôi đang làm (Assigned to me)");

  private final FilterService filters;
  private final TaskService tasks;
  private final Organisation organisation;

  public TasklistFilters(FilterService filters, TaskService tasks, Organisation organisation) {
    this.filters = filters;
    this.tasks = tasks;
    this.organisation = organisation;
  }

  List<Spec> specs() {
    Set<String> signers = organisation.units().stream().filter(Unit::issues).map(u -> u.issuer().signerRole())
        .collect(Collectors.toSet());
    Set<String> offices = organisation.units().stream().filter(Unit::issues).map(u -> u.issuer().office())
        .collect(Collectors.toSet());
    return List.of(
        new Spec(UNIT, "Việc giao cho đơn vị, vai trò của tôi, kể cả việc đã có người nhận",
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), null),
        new Spec(MINE, "Việc tôi đã nhận xử lý", q -> q.taskAssigneeExpression("${currentUser()}"), null),
        new Spec(DUE_SOON, "Việc đến hạn trong 3 ngày làm việc tới", q -> q.dueAfterExpression("${now()}")
            .dueBeforeExpression("${taskFilterDates.workingDaysAhead(3)}"), null),
        new Spec(OVERDUE, "Việc đã quá hạn", q -> q.dueBeforeExpression("${now()}"), null),
        new Spec(TO_SIGN, "Dự thảo kế hoạch chờ ký ban hành",
            q -> q.taskDefinitionKey(PlanLifecycleProcess.Elements.SIGN), signers),
        new Spec(TO_REVIEW, "Dự thảo kế hoạch chờ văn phòng thẩm định",
            q -> q.taskDefinitionKey(PlanLifecycleProcess.Elements.REVIEW), offices),
        new Spec(ALL, "Mọi việc tôi được xem", q -> q, null));
  }

  /** Creates or updates the filters and returns them with who may read each (null: everyone). */
  Map<Filter, Set<String>> synchronise() {
    for (String retired : RETIRED) {
      filters.createFilterQuery().filterName(retired).list().forEach(f -> filters.deleteFilter(f.getId()));
    }
    Map<Filter, Set<String>> readers = new LinkedHashMap<>();
    List<Spec> specs = specs();
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      Filter filter = filters.createFilterQuery().filterName(spec.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(spec.name());
      }
      TaskQuery query = spec.query().apply(tasks.createTaskQuery()).orderByDueDate().asc().orderByTaskPriority().desc();
      filter.setQuery(query);
      filter.setProperties(Map.of("description", spec.description(), "priority", i, "refresh", true));
      readers.put(filters.saveFilter(filter), spec.readers());
    }
    return readers;
  }
}
