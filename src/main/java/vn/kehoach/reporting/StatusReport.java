package vn.kehoach.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.assignment.IssuedAssignment;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.reporting.AssignmentCounting.Counted;

/** Counts the assignments of issued plans per unit and status, and per month of completion. */
@Service
public class StatusReport {

  /**
   * The report: when it was computed, per unit, the totals, and the dated work done per month.
   *
   * @param months from the first month with dated work done to the last, none left out
   */
  public record Result(Instant at, List<UnitStatusCounts> units, UnitStatusCounts total, List<MonthCounts> months) {}

  /**
   * Dated work done in one month (Vietnam's time), on time or late; ongoing work is not counted here.
   *
   * @param month yyyy-MM
   * @param onTimeOnlyAfterExtension of the done-on-time ones, those late against their original deadline
   */
  public record MonthCounts(String month, int doneOnTime, int doneLate, int onTimeOnlyAfterExtension) {}

  /** The report and, plan by plan, the assignments it counted: what the workbook shows. */
  public record Detail(Result result, List<PlanStatus> plans) {}

  /** One plan's counted assignments, in the plan's order, and their counts ({@code unit} = the plan's id). */
  public record PlanStatus(Plan plan, String issuerName, UnitStatusCounts counts, List<Counted> assignments) {}

  private final AssignmentRepository assignments;
  private final Organisation organisation;
  private final AssignmentCounting counting;
  private final PlanService plans;
  private final Clock clock;

  public StatusReport(AssignmentRepository assignments, Organisation organisation, AssignmentCounting counting,
                      PlanService plans, Clock clock) {
    this.assignments = assignments;
    this.organisation = organisation;
    this.counting = counting;
    this.plans = plans;
    this.clock = clock;
  }

  /** Assignments of plans issued by {@code issuer} to {@code unit} within [from, to]; every filter optional. */
  @Transactional(readOnly = true)
  public Result count(String issuer, String unit, LocalDate from, LocalDate to, Viewer viewer) {
    Instant now = clock.instant();
    return result(now, counted(issuer, unit, from, to, viewer, now));
  }

  /** As {@link #count}, with the plans and their counted assignments, plans in order of issue. */
  @Transactional(readOnly = true)
  public Detail detail(String issuer, String unit, LocalDate from, LocalDate to, Viewer viewer) {
    Instant now = clock.instant();
    List<Counted> counted = counted(issuer, unit, from, to, viewer, now);
    Map<Long, List<Counted>> byPlan = new LinkedHashMap<>();
    for (Counted c : counted) {
      byPlan.computeIfAbsent(c.assignment().planId(), id -> new ArrayList<>()).add(c);
    }
    List<PlanStatus> rows = new ArrayList<>();
    byPlan.forEach((id, ofPlan) -> {
      Plan plan = plans.get(id);
      List<Counted> ordered = ofPlan.stream().sorted(Comparator.comparingInt(c -> c.assignment().position())).toList();
      UnitStatusCounts counts = UnitStatusCounts.empty(String.valueOf(id), plan.title());
      for (Counted c : ordered) {
        counts = counts.add(c);
      }
      rows.add(new PlanStatus(plan, plan.issuerName(organisation), counts, ordered));
    });
    rows.sort(Comparator.comparing((PlanStatus p) -> p.plan().number() == null ? null : p.plan().number().issuedOn(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(p -> p.plan().id()));
    return new Detail(result(now, counted), List.copyOf(rows));
  }

  private List<Counted> counted(String issuer, String unit, LocalDate from, LocalDate to, Viewer viewer,
                                Instant now) {
    List<Counted> counted = new ArrayList<>();
    for (IssuedAssignment issued : assignments.issuedAssignments(issuer, unit, from, to)) {
      // a unit counts its own assignments; the issuer's people count all of theirs
      counting.count(viewer, issued.issuer(), issued.assignment(), now).ifPresent(counted::add);
    }
    return counted;
  }

  private Result result(Instant now, List<Counted> counted) {
    Map<String, UnitStatusCounts> perUnit = new LinkedHashMap<>();
    UnitStatusCounts total = UnitStatusCounts.empty("*", "Tổng cộng");
    TreeMap<YearMonth, MonthCounts> months = new TreeMap<>();
    for (Counted c : counted) {
      Assignment a = c.assignment();
      perUnit.computeIfAbsent(a.unit(), id -> UnitStatusCounts.empty(id,
          organisation.unit(id).map(Unit::name).orElse(id)));
      perUnit.computeIfPresent(a.unit(), (id, counts) -> counts.add(c));
      total = total.add(c);
      if (c.status() == AssignmentStatus.DONE_ON_TIME || c.status() == AssignmentStatus.DONE_LATE) {
        YearMonth month = YearMonth.from(a.doneAt().atZone(Deadline.VIETNAM));
        MonthCounts m = months.getOrDefault(month, new MonthCounts(month.toString(), 0, 0, 0));
        boolean onTime = c.status() == AssignmentStatus.DONE_ON_TIME;
        months.put(month, new MonthCounts(m.month(), m.doneOnTime() + (onTime ? 1 : 0), m.doneLate() + (onTime ? 0 : 1),
            m.onTimeOnlyAfterExtension() + (c.onTimeOnlyAfterExtension() ? 1 : 0)));
      }
    }
    List<MonthCounts> everyMonth = new ArrayList<>();
    if (!months.isEmpty()) {
      for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
        everyMonth.add(months.getOrDefault(m, new MonthCounts(m.toString(), 0, 0, 0)));
      }
    }
    return new Result(now, List.copyOf(perUnit.values()), total, List.copyOf(everyMonth));
  }
}
