package vn.kehoach.plan;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/** The plans API: create a plan (which starts its lifecycle), read one, edit a draft, list them. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

  /** The answer to a successful create. */
  public record Created(long id, String processInstanceId, PlanState state) {}

  /** The body of a deadline correction: the phrase as written, and/or the last day on time. */
  public record DeadlineRequest(String deadline, String dueDate) {}

  private static final int MAX_LIST = 500;

  private final PlanService plans;
  private final Organisation organisation;
  private final Clock clock;

  public PlanController(PlanService plans, Organisation organisation, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.clock = clock;
  }

  @PostMapping
  public ResponseEntity<Created> create(@RequestBody PlanRequest request, Viewer viewer) {
    Plan plan = plans.create(request, viewer);
    return ResponseEntity.created(URI.create("/api/plans/" + plan.id()))
        .body(new Created(plan.id(), plan.processInstanceId(), plan.state()));
  }

  /** With the version as ETag, which an edit sends back in If-Match. */
  @GetMapping("/{id}")
  public ResponseEntity<PlanView> get(@PathVariable long id, Viewer viewer) {
    return view(plans.get(id, viewer), viewer);
  }

  /** The drafting unit replaces the draft (same body as create); If-Match is required: 428 without, 412 if stale. */
  @PutMapping("/{id}")
  public ResponseEntity<PlanView> edit(@PathVariable long id, @RequestBody PlanRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       Viewer viewer) {
    return view(plans.edit(id, request, ifMatch, viewer), viewer);
  }

  private ResponseEntity<PlanView> view(Plan plan, Viewer viewer) {
    return ResponseEntity.ok().eTag(plan.etag())
        .body(PlanView.of(plan, organisation, clock.instant(), plans.implementedBy(plan.id(), viewer)));
  }

  /** The drafter sets an assignment's deadline explicitly (an unread deadline blocks signature). */
  @PutMapping("/{id}/assignments/{assignmentId}/deadline")
  public ResponseEntity<PlanView> setDeadline(@PathVariable long id, @PathVariable long assignmentId,
                                              @RequestBody DeadlineRequest request, Viewer viewer) {
    plans.setDeadline(id, assignmentId, request.deadline(), request.dueDate(), viewer);
    return get(id, viewer);
  }

  @GetMapping
  public List<PlanSummaryView> list(@RequestParam(required = false) PlanState state,
                                    @RequestParam(required = false) String unit,
                                    @RequestParam(defaultValue = "100") int limit, Viewer viewer) {
    if (unit != null && organisation.unit(unit).isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldProblem("unit",
          "không có đơn vị '" + unit + "' (unknown unit; see GET /api/units)")));
    }
    if (limit < 1 || limit > MAX_LIST) {
      throw new InvalidRequestException(List.of(new FieldProblem("limit",
          "phải từ 1 đến " + MAX_LIST + " (must be between 1 and " + MAX_LIST + ")")));
    }
    return plans.list(state, unit, limit, viewer).stream().map(p -> PlanSummaryView.of(p, organisation)).toList();
  }
}
