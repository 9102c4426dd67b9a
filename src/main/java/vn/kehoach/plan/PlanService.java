package vn.kehoach.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.calendar.VietnamWorkingCalendar;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.DeadlineKind;
import vn.kehoach.deadline.DeadlineReader;
import vn.kehoach.deadline.DeadlineSchedule;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.history.PlanHistory;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.numbering.DocumentNumbering;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;
import vn.kehoach.system.UserText;

/**
 * What happens to a plan, step by step. The workflow calls these methods at each step; the plan's data and
 * state live here, in the application's tables, not only in process variables.
 */
@Service
public class PlanService {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanRepository plans;
  private final AssignmentRepository assignments;
  private final PlanHistory history;
  private final PlanRequestValidator validator;
  private final PlanLifecycle lifecycle;
  private final DocumentNumbering numbering;
  private final Organisation organisation;
  private final DeadlineSchedule schedule;
  private final PlanAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public PlanService(PlanRepository plans, AssignmentRepository assignments, PlanHistory history,
                     PlanRequestValidator validator, PlanLifecycle lifecycle,
                     DocumentNumbering numbering, Organisation organisation, DeadlineSchedule schedule,
                     PlanAccess access, ApplicationEventPublisher events, Clock clock) {
    this.plans = plans;
    this.assignments = assignments;
    this.history = history;
    this.validator = validator;
    this.lifecycle = lifecycle;
    this.numbering = numbering;
    this.organisation = organisation;
    this.schedule = schedule;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Validates, stores and starts a plan in one transaction: either all of it exists afterwards or nothing.
   * The plan is drafted by a unit that drafts for its issuer; only its members, the issuer's office or an admin
   * create one ({@link PlanAccess#checkDrafting}).
   */
  @Transactional
  public Plan create(PlanRequest request, Viewer viewer) {
    NewPlan plan = validator.validate(request);
    access.checkDrafting(viewer, plan.drafter(), plan.issuer());
    long id = plans.insert(plan, clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "CREATED", null, "Tạo dự thảo kế hoạch", viewer.userId()));
    events.publishEvent(new PlanStored(id));
    String processInstanceId = lifecycle.start(get(id));
    plans.setProcessInstance(id, processInstanceId);
    return get(id);
  }

  /**
   * The system opens a unit's own plan for an assignment "xây dựng kế hoạch" of another plan: a draft of that unit,
   * which it drafts and monitors, to be reviewed, signed and numbered by its own rules. Nobody's access is checked:
   * the request is the system's, built from the parent plan's tables.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Plan openForAssignment(PlanRequest request, String remark) {
    NewPlan plan = validator.validate(request);
    long id = plans.insert(plan, clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "CREATED", null, remark, PlanEvent.SYSTEM));
    String processInstanceId = lifecycle.start(get(id));
    plans.setProcessInstance(id, processInstanceId);
    return get(id);
  }

  /**
   * Takes in a plan another body issued, to follow its execution: stored IN_EXECUTION with the document's own number
   * and date (no register of ours is touched), deadlines read against that date, its lifecycle started at
   * dissemination. Deadlines already past escalate as for any overdue plan. It is taken in by an office ({@link
   * IssuedPlanRequest#receivingOffice()}): when the issuer is in the organisation, that issuer's office; when it is
   * outside, any office, whose issuer then receives the plan (escalations go to its signer) while the plan shows the
   * issuer as written. The same document (number and date) is taken in once.
   */
  @Transactional
  public Plan trackIssued(IssuedPlanRequest request, Viewer viewer) {
    PlanRequest content = request.plan();
    List<FieldProblem> problems = new ArrayList<>();
    String number = requiredText(request.number(), "number", PlanRequestValidator.MAX_DOCUMENT_NUMBER,
        "số văn bản, ví dụ 148-KH/TU", problems);
    LocalDate issuedOn = request.issuedOn();
    if (issuedOn == null) {
      problems.add(new FieldProblem("issuedOn", "thiếu ngày ban hành của văn bản (the document's date is required)"));
    } else if (issuedOn.isAfter(today())) {
      problems.add(new FieldProblem("issuedOn", "ngày ban hành " + issuedOn + " ở sau hôm nay (the date of issue is "
          + "in the future)"));
    }
    else if (issuedOn.getYear() < VietnamWorkingCalendar.FIRST_YEAR) {
      // deadlines are followed on working days, and the calendar knows the holidays of its years only
      problems.add(new FieldProblem("issuedOn", "văn bản ngày " + VIETNAMESE_DATE.format(issuedOn) + " cũ hơn lịch "
          + "ngày làm việc của hệ thống (" + VietnamWorkingCalendar.FIRST_YEAR + "–" + VietnamWorkingCalendar.LAST_YEAR
          + "): không theo dõi thời hạn của nó được (older than the working calendar)"));
    }
    String office = receivingOffice(request.receivingOffice(), viewer, problems);
    String external = null;
    String issuer = content == null ? null : content.issuer();
    if (issuer == null || issuer.isBlank()) {
      external = requiredText(request.issuerAsWritten(), "issuerAsWritten", PlanRequestValidator.MAX_TITLE,
          "tên cơ quan ban hành như văn bản ghi", problems);
      issuer = office == null ? null : organisation.issuerServedBy(office).map(Unit::id).orElse(null);
    }
    if (content == null || !problems.isEmpty()) {
      throw new InvalidRequestException(problems.isEmpty()
          ? List.of(new FieldProblem("plan", "thiếu nội dung kế hoạch (the plan is required)")) : problems);
    }
    PlanRequest asReceived = new PlanRequest(content.title(), content.type(), issuer, office,
        content.monitoringUnit() == null ? office : content.monitoringUnit(), content.implementsDocuments(),
        content.assignments(), content.recipients(), content.interimReviewOn(), content.finalReviewOn());
    NewPlan plan = validator.validate(asReceived, issuedOn);
    access.checkDrafting(viewer, office, plan.issuer());
    plans.issuedElsewhere(number, issuedOn).or(() -> plans.issuedPlanNumbered(number, issuedOn)).ifPresent(id -> {
      throw new PlanConflictException("Văn bản số " + number + " ngày " + VIETNAMESE_DATE.format(issuedOn)
          + " đã có trong hệ thống (kế hoạch " + id + "); mở kế hoạch đó thay vì nhập lại (this document is already "
          + "plan " + id + ")");
    });
    long id = plans.insertIssuedElsewhere(plan, number, issuedOn, external, clock.instant());
    plans.linkChildrenWaitingFor(id, number, issuedOn);
    events.publishEvent(new PlanStored(id));
    String from = external != null ? external : organisation.requireUnit(plan.issuer()).name();
    history.add(id, new PlanEvent(clock.instant(), "TRACKED", null, "Theo dõi văn bản đã ban hành: số " + number
        + " ngày " + VIETNAMESE_DATE.format(issuedOn) + " của " + from, viewer.userId()));
    for (Assignment assignment : get(id).assignments()) {
      if (assignment.deadline().kind() == DeadlineKind.RELATIVE) {
        assignments.dateRelativeDeadline(assignment.id(), schedule.lastDayOf(assignment.deadline(), issuedOn));
      }
    }
    // before its workflow starts: an assignment "xây dựng kế hoạch" whose unit's plan is already in the system
    // finds it issued, and opens no draft
    events.publishEvent(new PlanIssued(id));
    String processInstanceId = lifecycle.start(get(id));
    plans.setProcessInstance(id, processInstanceId);
    return get(id);
  }

  /** The office named, or the viewer's only office; one the viewer belongs to unless an admin. */
  private String receivingOffice(String named, Viewer viewer, List<FieldProblem> problems) {
    if (named != null && !named.isBlank()) {
      String office = named.strip();
      if (organisation.issuerServedBy(office).isEmpty()) {
        problems.add(new FieldProblem("receivingOffice", "'" + office + "' không phải văn phòng của cơ quan ban hành "
            + "nào (is not the office of an issuer)"));
        return null;
      }
      return office;
    }
    List<String> offices = organisation.units().stream().map(Unit::id)
        .filter(id -> viewer.isIn(id) && organisation.issuerServedBy(id).isPresent()).toList();
    if (offices.size() != 1) {
      problems.add(new FieldProblem("receivingOffice", offices.isEmpty()
          ? "chỉ văn phòng của cơ quan ban hành nhận văn bản để theo dõi; ghi rõ văn phòng nhận (only an issuer's "
              + "office takes documents in; name the receiving office)"
          : "bạn thuộc nhiều văn phòng: ghi rõ văn phòng nhận, một trong " + String.join(", ", offices)
              + " (name the receiving office)"));
      return null;
    }
    return offices.get(0);
  }

  private static String requiredText(String value, String field, int max, String what, List<FieldProblem> problems) {
    String refusal = UserText.refusal(field, value);
    if (refusal != null) {
      problems.add(new FieldProblem(field, refusal));
      return null;
    }
    String text = UserText.normalise(value);
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem(field, "thiếu " + what + " (is required)"));
      return null;
    }
    if (text.strip().length() > max) {
      problems.add(new FieldProblem(field, "dài quá " + max + " ký tự (is longer than " + max + " characters)"));
      return null;
    }
    return text.strip();
  }

  /**
   * The drafting unit replaces the draft's content, all of it or nothing, from the version it read ({@code ifMatch},
   * the plan's {@link Plan#etag()} as sent in If-Match). Issuer and drafter stay; the lifecycle's forms follow. The
   * edit is recorded in the history with who made it and what it changed; an edit that changes nothing records nothing.
   */
  @Transactional
  public Plan edit(long id, PlanRequest request, String ifMatch, Viewer viewer) {
    Plan plan = get(id, viewer);
    refuseUnlessDrafter(plan, viewer);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PlanVersionException.notSent();
    }
    refuseUnlessDrafting(plan);
    if (Arrays.stream(ifMatch.split(",")).map(String::strip).noneMatch(tag -> tag.equals("*") || tag.equals(plan.etag()))) {
      throw PlanVersionException.stale(ifMatch.strip(), plan.version());
    }
    NewPlan edited = validator.validate(keepingDrafter(request, plan));
    refuseChangeOfFixedUnits(plan, edited);
    List<String> changes = PlanChanges.between(plan, edited);
    if (changes.isEmpty()) {
      return plan;
    }
    plans.updateDraft(id, plan.version(), edited, plan.assignments());
    history.add(id, new PlanEvent(clock.instant(), "EDIT", null, PlanChanges.remark(changes), viewer.userId()));
    Plan updated = get(id);
    lifecycle.refresh(updated);
    lifecycle.regrant(plan, updated);
    return updated;
  }

  /**
   * The draft is the drafting unit's (and an admin's) to change, and only while that unit drafts for the issuer: a
   * plan stored before the rule, or whose drafter the organisation file no longer allows, is not changed further.
   */
  private void refuseUnlessDrafter(Plan plan, Viewer viewer) {
    if (!viewer.admin() && !viewer.isIn(plan.drafter())) {
      throw new PlanForbiddenException("Chỉ đơn vị soạn thảo '" + plan.drafter() + "' được sửa dự thảo (only the "
          + "drafting unit edits the draft)");
    }
    access.checkDrafter(plan.drafter(), plan.issuer());
  }

  /** Once submitted for review, the plan changes only by the steps of its lifecycle. */
  private static void refuseUnlessDrafting(Plan plan) {
    if (plan.state() != PlanState.DRAFTING) {
      throw new PlanConflictException("Chỉ sửa được kế hoạch khi đang soạn thảo; kế hoạch đang ở trạng thái \""
          + plan.state().label() + "\" (the plan can be edited only while it is being drafted; it is " + plan.state() + ")");
    }
  }

  /** The drafter cannot change, so an edit that leaves it out keeps it (create defaults it to the monitoring unit). */
  private static PlanRequest keepingDrafter(PlanRequest request, Plan plan) {
    return request == null || request.drafter() != null ? request
        : new PlanRequest(request.title(), request.type(), request.issuer(), plan.drafter(), request.monitoringUnit(),
            request.implementsDocuments(), request.assignments(), request.recipients(), request.interimReviewOn(),
            request.finalReviewOn());
  }

  /** Issuer and drafter decide who reviews, signs and drafts the running workflow: an edit keeps them. */
  private static void refuseChangeOfFixedUnits(Plan plan, NewPlan edited) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!edited.issuer().equals(plan.issuer())) {
      problems.add(new FieldProblem("issuer", "không đổi được cơ quan ban hành của kế hoạch, đang là '"
          + plan.issuer() + "' (the issuer cannot be changed)"));
    }
    if (!edited.drafter().equals(plan.drafter())) {
      problems.add(new FieldProblem("drafter", "không đổi được đơn vị soạn thảo của kế hoạch, đang là '"
          + plan.drafter() + "' (the drafter cannot be changed)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  @Transactional(readOnly = true)
  public Plan get(long id) {
    return plans.find(id).orElseThrow(() -> new PlanNotFoundException(id));
  }

  /**
   * The plan's own fields (title, number, issuer, drafter, monitoring unit, state, dates) without its documents,
   * assignments, recipients and history, which are empty here: for the engine's listeners that route and name a task
   * and need nothing more, called several times per task (issue 17: six queries became one).
   */
  @Transactional(readOnly = true)
  public Plan header(long id) {
    return plans.findHeader(id).orElseThrow(() -> new PlanNotFoundException(id));
  }

  /** A plan the viewer takes part in; to anyone else it does not exist. */
  @Transactional(readOnly = true)
  public Plan get(long id, Viewer viewer) {
    Plan plan = get(id);
    if (!access.canRead(viewer, plan)) {
      throw new PlanNotFoundException(id);
    }
    return plan;
  }

  /** The plans carrying this one out that the viewer may see (a ward plan implementing a city plan ...). */
  @Transactional(readOnly = true)
  public List<PlanLink> implementedBy(long id, Viewer viewer) {
    return plans.implementedBy(id).stream().filter(link -> access.canRead(viewer, get(link.id()))).toList();
  }

  /** Plans the viewer takes part in, newest first. */
  @Transactional(readOnly = true)
  public List<Plan> list(PlanState state, String unit, int limit, Viewer viewer) {
    return plans.list(state, unit, viewer.admin() ? null : access.followedGroups(viewer), limit);
  }

  /** Plans the viewer takes part in that match the filter, newest first. */
  @Transactional(readOnly = true)
  public List<Plan> list(PlanFilter filter, int limit, Viewer viewer) {
    return plans.list(filter, viewer.admin() ? null : access.followedGroups(viewer), limit);
  }

  /** The plan has reached a step of drafting, review or signature. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enter(long id, PlanState state) {
    Plan plan = get(id);
    if (plan.state() != state) {
      plans.updateState(id, plan.version(), state, null);
    }
  }

  /**
   * Records that someone completed a step (submitted the draft, the consolidated report ...). Comments typed in a task
   * are kept as {@link UserText} keeps them, like the plan's own texts; the task refused control characters already.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordStep(long id, String step, String comment, String by) {
    history.add(id, new PlanEvent(clock.instant(), step, null, UserText.normalise(comment), by));
  }

  /** Records a decision taken at a step (review, signature, report acceptance). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordDecision(long id, String step, String decision, String comment, String by) {
    history.add(id, new PlanEvent(clock.instant(), step, decision, UserText.normalise(comment), by));
  }

  /**
   * Signed: the plan takes the next number of its issuer's register and today's date, and relative deadlines
   * ("trong 05 ngày làm việc kể từ ngày ban hành") get their dates.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber issue(long id) {
    Plan plan = get(id);
    if (plan.number() != null) {
      return plan.number();
    }
    LocalDate today = today();
    DocumentNumber number = numbering.issue(organisation.requireUnit(plan.issuer()), plan.type(), today);
    plans.recordIssue(id, plan.version(), number);
    plans.linkChildrenWaitingFor(id, number.text(), number.issuedOn());
    history.add(id, new PlanEvent(clock.instant(), "ISSUED", null, "Cấp số " + number.text(), PlanEvent.SYSTEM));
    for (Assignment assignment : plan.assignments()) {
      if (assignment.deadline().kind() == DeadlineKind.RELATIVE) {
        assignments.dateRelativeDeadline(assignment.id(), schedule.lastDayOf(assignment.deadline(), today));
      }
    }
    events.publishEvent(new PlanIssued(id));
    return number;
  }

  /** Assignments whose deadline could not be read: the plan cannot be signed while there are any. */
  @Transactional(readOnly = true)
  public List<Assignment> unreadDeadlines(long id) {
    return get(id).assignments().stream().filter(a -> a.deadline().kind() == DeadlineKind.UNPARSED).toList();
  }

  /** The drafter sets an assignment's deadline explicitly, while the plan is being drafted. */
  @Transactional
  public Assignment setDeadline(long planId, long assignmentId, String phrase, String dueDate, Viewer viewer) {
    Plan plan = get(planId, viewer);
    refuseUnlessDrafter(plan, viewer);
    Assignment assignment = plan.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
        .orElseThrow(() -> new PlanNotFoundException("Kế hoạch " + planId + " không có nhiệm vụ " + assignmentId
            + " (plan " + planId + " has no assignment " + assignmentId + ")"));
    refuseUnlessDrafting(plan);
    String refusal = UserText.refusal("deadline", phrase);
    if (refusal != null) {
      throw InvalidRequestException.of("deadline", refusal);
    }
    String typed = UserText.normalise(phrase);
    if (typed != null && typed.strip().length() > PlanRequestValidator.MAX_DEADLINE) {
      throw InvalidRequestException.of("deadline", "dài quá " + PlanRequestValidator.MAX_DEADLINE + " ký tự (is "
          + "longer than " + PlanRequestValidator.MAX_DEADLINE + " characters)");
    }
    Deadline deadline;
    try {
      deadline = DeadlineReader.read(typed, dueDate, today());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(List.of(new FieldProblem("deadline", e.getMessage())));
    }
    plans.touch(planId, plan.version()); // the plan row first, as an edit of the whole draft locks it
    assignments.replaceDeadline(assignment.id(), deadline);
    history.add(planId, new PlanEvent(clock.instant(), "EDIT", null,
        "Sửa: nhiệm vụ " + (assignment.position() + 1) + " (thời hạn)", viewer.userId(), assignment.id()));
    lifecycle.refresh(get(planId));
    return assignments.find(assignment.id()).orElseThrow();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
  }

  /** Sends the issued plan to every recipient; returns those units that must confirm receipt. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<String> disseminate(long id) {
    Plan plan = get(id);
    plans.markDisseminated(id, clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "DISSEMINATED", null, "Gửi Nơi nhận", PlanEvent.SYSTEM));
    return plan.recipients().stream().filter(Recipient::acknowledges).map(Recipient::unit).distinct().toList();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void acknowledge(long id, String unit, String by) {
    plans.markAcknowledged(id, unit, by, clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "ACKNOWLEDGED", null, "Tiếp nhận: " + unit, by));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void reject(long id) {
    Plan plan = get(id);
    plans.updateState(id, plan.version(), PlanState.REJECTED, clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "REJECTED", null, "Không ban hành", PlanEvent.SYSTEM));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void close(long id, String consolidatedReport) {
    Plan plan = get(id);
    plans.recordConsolidatedReport(id, plan.version(), UserText.normalise(consolidatedReport), clock.instant());
    history.add(id, new PlanEvent(clock.instant(), "CLOSED", null, "Kết thúc kế hoạch", PlanEvent.SYSTEM));
  }
}
