package vn.kehoach.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.PlanAccess;
import vn.kehoach.plan.PlanNotFoundException;
import vn.kehoach.plan.PlanRepository;
import vn.kehoach.plan.PlanState;

/**
 * The cascade of a plan, as the organisation lets the viewer see it. A body that owns a plan (its issuer, the
 * issuer's office and signer, its drafter and monitoring unit) follows every plan carrying it out, down the tree; a
 * unit that only takes part in a plan (an assignee, a recipient) sees that plan, its own branch below it, and the
 * headers of the plans above. Anyone else gets 404, as for the plan itself.
 */
@Service
public class PlanTree {

  /** Deeper than any real cascade (centre → province → city → ward → cell); stops a loop of citations. */
  private static final int MAX_DEPTH = 12;

  private final PlanTreeRows rows;
  private final PlanRepository plans;
  private final AssignmentRepository assignments;
  private final PlanAccess access;
  private final Organisation organisation;
  private final Clock clock;

  public PlanTree(PlanTreeRows rows, PlanRepository plans, AssignmentRepository assignments, PlanAccess access,
                  Organisation organisation, Clock clock) {
    this.rows = rows;
    this.plans = plans;
    this.assignments = assignments;
    this.access = access;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PlanTreeView of(long id, Viewer viewer) {
    PlanTreeRows.Row root = rows.rows(List.of(id)).get(id);
    if (root == null) {
      throw new PlanNotFoundException(id);
    }
    List<Long> ancestorIds = ancestors(id);
    Map<Long, PlanTreeRows.Row> ancestorRows = rows.rows(ancestorIds);
    Set<String> groups = viewer.admin() ? Set.of() : access.followedGroups(viewer);
    boolean supervised = viewer.admin() || owns(viewer, root)
        || ancestorRows.values().stream().anyMatch(row -> owns(viewer, row));
    if (!supervised && !plans.involving(List.of(id), groups).contains(id)) {
      throw new PlanNotFoundException(id);
    }

    // the plans below, level by level; each shown if the viewer supervises it (owns it or a plan above it) or takes
    // part in it
    Map<Long, List<Long>> childrenOf = new HashMap<>();
    Set<Long> shown = new LinkedHashSet<>(List.of(id));
    Set<Long> supervisedIds = new HashSet<>();
    if (supervised) {
      supervisedIds.add(id);
    }
    List<Long> level = List.of(id);
    Map<Long, PlanTreeRows.Row> all = new HashMap<>(Map.of(id, root));
    for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
      Map<Long, List<Long>> next = rows.childrenOf(level);
      List<Long> candidates = next.values().stream().flatMap(List::stream).filter(c -> !all.containsKey(c)).distinct()
          .toList();
      Map<Long, PlanTreeRows.Row> candidateRows = rows.rows(candidates);
      Set<Long> involved = viewer.admin() ? Set.copyOf(candidates) : plans.involving(candidates, groups);
      List<Long> nextLevel = new ArrayList<>();
      for (Map.Entry<Long, List<Long>> entry : next.entrySet()) {
        for (Long child : entry.getValue()) {
          PlanTreeRows.Row row = candidateRows.get(child);
          if (row == null) {
            continue; // drawn already, under another plan it also carries out
          }
          boolean childSupervised = supervisedIds.contains(entry.getKey()) || owns(viewer, row);
          if (childSupervised || involved.contains(child)) {
            if (childSupervised) {
              supervisedIds.add(child);
            }
            if (shown.add(child)) {
              nextLevel.add(child);
            }
          }
          childrenOf.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(child);
        }
      }
      all.putAll(candidateRows);
      level = nextLevel;
    }

    Map<Long, List<Assignment>> assignmentsOf = new HashMap<>();
    for (Assignment assignment : assignments.ofPlans(shown)) {
      assignmentsOf.computeIfAbsent(assignment.planId(), k -> new ArrayList<>()).add(assignment);
    }
    Instant now = clock.instant();
    List<PlanTreeView.Header> ancestors = new ArrayList<>(ancestorIds.stream().map(ancestorRows::get)
        .filter(Objects::nonNull).map(this::header).toList());
    Collections.reverse(ancestors); // from the top down
    return new PlanTreeView(ancestors, node(id, 0, all, childrenOf, shown, assignmentsOf, now, new HashSet<>()));
  }

  private List<Long> ancestors(long id) {
    List<Long> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>(List.of(id));
    Long current = id;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Long parent = rows.parentOf(current).orElse(null);
      if (parent == null || !seen.add(parent)) {
        break;
      }
      chain.add(parent);
      current = parent;
    }
    return chain;
  }

  private PlanTreeView.Node node(long id, int depth, Map<Long, PlanTreeRows.Row> all, Map<Long, List<Long>> childrenOf,
                                 Set<Long> shown, Map<Long, List<Assignment>> assignmentsOf, Instant now,
                                 Set<Long> drawn) {
    drawn.add(id);
    PlanTreeRows.Row row = all.get(id);
    List<Assignment> own = assignmentsOf.getOrDefault(id, List.of());
    Map<AssignmentStatus, Integer> counts = counts(row, own, now);
    Map<AssignmentStatus, Integer> rolledUp = new EnumMap<>(counts);
    List<PlanTreeView.Node> children = new ArrayList<>();
    int hidden = 0;
    for (Long child : childrenOf.getOrDefault(id, List.of())) {
      if (!shown.contains(child) || drawn.contains(child)) {
        hidden += shown.contains(child) ? 0 : 1;
        continue;
      }
      PlanTreeView.Node node = node(child, depth + 1, all, childrenOf, shown, assignmentsOf, now, drawn);
      node.rolledUp().forEach((status, n) -> rolledUp.merge(status, n, Integer::sum));
      children.add(node);
    }
    return new PlanTreeView.Node(header(row), depth, counts, rolledUp, cascade(row, own, now), children, hidden);
  }

  private static Map<AssignmentStatus, Integer> counts(PlanTreeRows.Row row, List<Assignment> own, Instant now) {
    Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      counts.put(status, 0);
    }
    if (row.number() != null) { // before issue an assignment has no status
      own.forEach(a -> counts.merge(a.status(now), 1, Integer::sum));
    }
    return counts;
  }

  private static PlanTreeView.Cascade cascade(PlanTreeRows.Row row, List<Assignment> own, Instant now) {
    int total = 0;
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    for (Assignment assignment : own) {
      if (assignment.kind() != AssignmentKind.OWN_PLAN) {
        continue;
      }
      total++;
      AssignmentStatus status = row.number() == null ? AssignmentStatus.IN_PROGRESS_ON_TIME : assignment.status(now);
      switch (status) {
        case DONE_ON_TIME -> onTime++;
        case DONE_LATE -> late++;
        case IN_PROGRESS_OVERDUE -> overdue++;
        default -> { }
      }
    }
    int issued = onTime + late;
    return new PlanTreeView.Cascade(total, onTime, late, total - issued, overdue,
        total == 0 ? 0 : (double) issued / total, total == 0 ? 0 : (double) onTime / total);
  }

  private boolean owns(Viewer viewer, PlanTreeRows.Row row) {
    return viewer.admin() || access.followsIssuer(viewer, row.issuer()) || viewer.isIn(row.drafter())
        || viewer.isIn(row.monitoringUnit());
  }

  private PlanTreeView.Header header(PlanTreeRows.Row row) {
    PlanTreeView.Issuer issuer = row.externalIssuer() != null ? new PlanTreeView.Issuer(null, row.externalIssuer())
        : new PlanTreeView.Issuer(row.issuer(), organisation.unit(row.issuer()).map(Unit::name).orElse(row.issuer()));
    return new PlanTreeView.Header(row.id(), row.number(), row.issuedOn(), row.title(), issuer, row.state(),
        row.state().label());
  }
}
