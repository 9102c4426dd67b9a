package vn.kehoach.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanFilter;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.plan.PlanView.UnitRef;
import vn.kehoach.reporting.AssignmentCounting.Counted;
import vn.kehoach.reporting.PlanInstances.Instance;

/**
 * The plans a viewer takes part in, running and finished, each with its assignments counted as the status report
 * counts them ({@link AssignmentCounting}), its next deadline and its workflow instances: what Cockpit's plugin
 * "Kế hoạch" shows, including what Cockpit's community edition cannot (finished plans, the plan's number and title).
 */
@Service
public class PlanReport {

  /** The states a plan is finished in: its workflow has ended. */
  public static final Set<PlanState> FINISHED = EnumSet.of(PlanState.CLOSED, PlanState.REJECTED);
  /** The most plans looked at for {@code overdueOnly}, before those without overdue work are left out. */
  static final int OVERDUE_SCAN = 2000;
  private static final int TASK_PREVIEW = 200;

  /**
   * @param overdueOnly only plans with at least one counted assignment past its deadline
   */
  public record Query(PlanFilter filter, boolean overdueOnly, int limit) {}

  /**
   * @param truncated more plans match than {@code limit}: the oldest are left out
   * @param summary the plans listed, and their counted assignments together
   */
  public record Result(OffsetDateTime at, List<PlanRow> plans, boolean truncated, Summary summary) {}

  /**
   * @param running plans whose workflow still runs (drafting to reporting)
   * @param withOverdue plans with counted assignments past their deadline
   * @param finished closed or not issued (rejected)
   */
  public record Summary(int plans, int running, int withOverdue, int finished, AssignmentCounts assignments) {}

  /**
   * One plan.
   *
   * @param countsAll whether {@code counts} covers all of the plan's assignments (the issuer's people) or only the
   *     viewer's units' ones
   * @param nextDeadline the earliest last day of a counted assignment still open and on time; null if none
   * @param processInstanceRunning whether Cockpit can show the lifecycle's instance (community edition: running only)
   * @param processDefinitionId the lifecycle's definition, whose running instances Cockpit searches by variable
   *     ({@code planNumber})
   */
  public record PlanRow(long id, String number, String title, String type, UnitRef issuer, UnitRef monitoringUnit,
                        PlanState state, String stateLabel, boolean finished, LocalDate issuedOn,
                        OffsetDateTime createdAt, OffsetDateTime closedAt, boolean countsAll, AssignmentCounts counts,
                        NextDeadline nextDeadline, String processInstanceId, boolean processInstanceRunning,
                        String processDefinitionId, List<AssignmentRow> assignments) {}

  public record NextDeadline(LocalDate date, long assignmentId, UnitRef unit) {}

  /**
   * One assignment of a plan, counted or not; before issue it has no status and no instance.
   *
   * @param task the first {@value #TASK_PREVIEW} characters; the whole text is in {@code GET /api/plans/{id}}
   * @param counted whether the viewer's counts include it
   */
  public record AssignmentRow(long id, int number, UnitRef unit, String roleLabel, String task, String deadline,
                              LocalDate dueDate, AssignmentStatus status, String statusLabel, boolean counted,
                              OffsetDateTime doneAt, String processInstanceId, boolean processInstanceRunning) {}

  private final PlanService plans;
  private final AssignmentRepository assignments;
  private final AssignmentCounting counting;
  private final PlanInstances instances;
  private final Organisation organisation;
  private final Clock clock;

  public PlanReport(PlanService plans, AssignmentRepository assignments, AssignmentCounting counting,
                    PlanInstances instances, Organisation organisation, Clock clock) {
    this.plans = plans;
    this.assignments = assignments;
    this.counting = counting;
    this.instances = instances;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** The plans the viewer takes part in that match the query, newest first. */
  @Transactional(readOnly = true)
  public Result list(Query query, Viewer viewer) {
    Instant now = clock.instant();
    PlanFilter filter = query.filter();
    int fetch = query.overdueOnly() ? OVERDUE_SCAN : query.limit() + 1;
    if (query.overdueOnly()) {
      Set<PlanState> executing = EnumSet.of(PlanState.IN_EXECUTION, PlanState.REPORTING);
      if (!filter.states().isEmpty()) {
        executing.retainAll(filter.states());
      }
      if (executing.isEmpty()) {
        return result(now, List.of(), false);
      }
      filter = new PlanFilter(filter.issuer(), executing, filter.from(), filter.to(), filter.number());
    }
    List<PlanRow> rows = rows(plans.list(filter, fetch, viewer), viewer, now);
    if (query.overdueOnly()) {
      rows = rows.stream().filter(row -> row.counts().overdue() > 0).toList();
    }
    boolean truncated = rows.size() > query.limit();
    return result(now, truncated ? rows.subList(0, query.limit()) : rows, truncated);
  }

  /** One plan the viewer takes part in; to anyone else it does not exist (404). */
  @Transactional(readOnly = true)
  public PlanRow one(long id, Viewer viewer) {
    return rows(List.of(plans.get(id, viewer)), viewer, clock.instant()).get(0);
  }

  private Result result(Instant now, List<PlanRow> rows, boolean truncated) {
    AssignmentCounts total = AssignmentCounts.empty();
    int running = 0;
    int withOverdue = 0;
    for (PlanRow row : rows) {
      total = total.plus(row.counts());
      running += row.finished() ? 0 : 1;
      withOverdue += row.counts().overdue() > 0 ? 1 : 0;
    }
    return new Result(local(now), List.copyOf(rows), truncated,
        new Summary(rows.size(), running, withOverdue, rows.size() - running, total));
  }

  private List<PlanRow> rows(List<Plan> listed, Viewer viewer, Instant now) {
    List<Long> ids = listed.stream().map(Plan::id).toList();
    Map<Long, List<Assignment>> byPlan = assignments.ofPlans(ids).stream()
        .collect(Collectors.groupingBy(Assignment::planId));
    PlanInstances.Found found = ids.isEmpty() ? PlanInstances.Found.NONE : instances.of(ids);
    List<PlanRow> rows = new ArrayList<>();
    for (Plan plan : listed) {
      rows.add(row(plan, byPlan.getOrDefault(plan.id(), List.of()), found, viewer, now));
    }
    return rows;
  }

  private PlanRow row(Plan plan, List<Assignment> ofPlan, PlanInstances.Found found, Viewer viewer, Instant now) {
    boolean issued = plan.number() != null;
    AssignmentCounts counts = AssignmentCounts.empty();
    List<AssignmentRow> rows = new ArrayList<>();
    Counted next = null;
    for (Assignment a : ofPlan) {
      Counted counted = issued ? counting.count(viewer, plan.issuer(), a, now).orElse(null) : null;
      if (counted != null) {
        counts = counts.add(counted.status(), a.done(), counted.onTimeOnlyAfterExtension());
        if (counted.status() == AssignmentStatus.IN_PROGRESS_ON_TIME && a.deadline().dueDate() != null
            && (next == null || a.deadline().dueDate().isBefore(next.assignment().deadline().dueDate()))) {
          next = counted;
        }
      }
      AssignmentStatus status = issued ? a.status(now) : null;
      Instance instance = found.assignments().get(a.id());
      rows.add(new AssignmentRow(a.id(), a.position() + 1, unit(a.unit()), a.role().label(), preview(a.task()),
          a.deadline().phrase(), a.deadline().dueDate(), status, status == null ? null : status.label(),
          counted != null, local(a.doneAt()), instance == null ? null : instance.id(),
          instance != null && instance.running()));
    }
    Instance lifecycle = found.lifecycles().get(plan.id());
    String lifecycleId = plan.processInstanceId() != null ? plan.processInstanceId()
        : lifecycle == null ? null : lifecycle.id();
    boolean lifecycleRunning = lifecycle != null && lifecycle.running() && lifecycle.id().equals(lifecycleId);
    return new PlanRow(plan.id(), plan.number() == null ? null : plan.number().text(), plan.title(), plan.type(),
        plan.externalIssuer() != null ? new UnitRef(null, plan.externalIssuer()) : unit(plan.issuer()),
        unit(plan.monitoringUnit()), plan.state(), plan.state().label(),
        FINISHED.contains(plan.state()), plan.number() == null ? null : plan.number().issuedOn(),
        local(plan.createdAt()), local(plan.closedAt()), counting.countsAll(viewer, plan.issuer()), counts,
        next == null ? null : new NextDeadline(next.assignment().deadline().dueDate(), next.assignment().id(),
            unit(next.assignment().unit())),
        lifecycleId, lifecycleRunning, lifecycle == null ? null : lifecycle.definitionId(), List.copyOf(rows));
  }

  private UnitRef unit(String id) {
    return new UnitRef(id, organisation.unit(id).map(Unit::name).orElse(id));
  }

  private static String preview(String task) {
    return task.length() <= TASK_PREVIEW ? task : task.substring(0, TASK_PREVIEW - 1).strip() + "…";
  }

  private static OffsetDateTime local(Instant instant) {
    return instant == null ? null : instant.atZone(Deadline.VIETNAM).toOffsetDateTime();
  }
}
