package vn.kehoach.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.PlanFilter;
import vn.kehoach.plan.PlanState;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;
import vn.kehoach.system.UserText;

/**
 * {@code GET /api/reports/plans}: the plans the caller takes part in with their assignments counted as
 * {@code GET /api/reports/status} counts them; read by Cockpit's plugin "Kế hoạch" with the webapp's session.
 * {@code GET /api/reports/plans/{id}}: one of them.
 */
@RestController
@RequestMapping("/api/reports/plans")
public class PlanReportController {

  static final int MAX_LIMIT = 500;
  static final int MAX_NUMBER = 100;

  /** What {@code state} accepts besides a plan state: groups of states, and plans with overdue work. */
  enum StateGroup {
    RUNNING("đang chạy: từ soạn thảo đến tổng hợp báo cáo"),
    OVERDUE("có nhiệm vụ quá hạn"),
    FINISHED("đã kết thúc hoặc không ban hành");

    final String label;

    StateGroup(String label) {
      this.label = label;
    }
  }

  private final PlanReport report;
  private final Organisation organisation;

  public PlanReportController(PlanReport report, Organisation organisation) {
    this.report = report;
    this.organisation = organisation;
  }

  /**
   * @param state a plan state (IN_EXECUTION ...), RUNNING, OVERDUE or FINISHED
   * @param from first day of the period (issue date; creation day for plans not issued), dd/MM/yyyy or yyyy-MM-dd,
   *     as the status report reads it ({@link ReportPeriod})
   * @param number part of the document number
   */
  @GetMapping
  public PlanReport.Result list(@RequestParam(required = false) String issuer,
                                @RequestParam(required = false) String state,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String number,
                                @RequestParam(defaultValue = "200") int limit, Viewer viewer) {
    List<FieldProblem> problems = new ArrayList<>();
    if (issuer != null && organisation.unit(issuer).isEmpty()) {
      problems.add(new FieldProblem("issuer", "không có đơn vị '" + issuer + "' (unknown unit; see GET /api/units)"));
    }
    Set<PlanState> states = EnumSet.noneOf(PlanState.class);
    boolean overdueOnly = false;
    if (state != null && !state.isBlank()) {
      String wanted = state.strip().toUpperCase(Locale.ROOT);
      StateGroup group = Arrays.stream(StateGroup.values()).filter(g -> g.name().equals(wanted)).findFirst()
          .orElse(null);
      PlanState one = Arrays.stream(PlanState.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
      if (group == StateGroup.RUNNING) {
        states = EnumSet.complementOf(EnumSet.copyOf(PlanReport.FINISHED));
      } else if (group == StateGroup.FINISHED) {
        states = EnumSet.copyOf(PlanReport.FINISHED);
      } else if (group == StateGroup.OVERDUE) {
        overdueOnly = true;
      } else if (one != null) {
        states = EnumSet.of(one);
      } else {
        problems.add(new FieldProblem("state", "không có trạng thái '" + state + "'; dùng một trong: " + choices()
            + " (unknown state)"));
      }
    }
    ReportPeriod period = ReportPeriod.parse(from, to, problems);
    if (number != null) {
      String refusal = UserText.refusal("number", number);
      if (refusal != null) {
        problems.add(new FieldProblem("number", refusal));
      } else if (number.strip().length() > MAX_NUMBER) {
        problems.add(new FieldProblem("number", "dài quá " + MAX_NUMBER + " ký tự (is longer than " + MAX_NUMBER
            + " characters)"));
      }
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      problems.add(new FieldProblem("limit", "phải từ 1 đến " + MAX_LIMIT + " (must be between 1 and " + MAX_LIMIT
          + ")"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    PlanFilter filter = new PlanFilter(issuer, states, period.from(), period.to(), number == null ? null : UserText.normalise(number));
    return report.list(new PlanReport.Query(filter, overdueOnly, limit), viewer);
  }

  @GetMapping("/{id}")
  public PlanReport.PlanRow one(@PathVariable long id, Viewer viewer) {
    return report.one(id, viewer);
  }

  private static String choices() {
    return Arrays.stream(StateGroup.values()).map(g -> g.name() + " (" + g.label + ")")
        .collect(Collectors.joining(", ")) + ", "
        + Arrays.stream(PlanState.values()).map(s -> s.name() + " (" + s.label().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", "));
  }
}
