package vn.kehoach.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.NewAssignment;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.DeadlineReader;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.NewPlan.NewRecipient;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest.RecipientRequest;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;
import vn.kehoach.system.UserText;

/**
 * Checks a plan request against the organisation and turns it into a {@link NewPlan}, or lists every problem. Every
 * text is taken as {@link UserText} keeps it: control and bidi characters refused, invisible ones removed, NFC.
 */
@Component
public class PlanRequestValidator {

  static final int MAX_TITLE = 1000;
  static final int MAX_TEXT = 20_000;
  static final int MAX_ASSIGNMENTS = 500;
  static final int MAX_RECIPIENTS = 200;
  /** The columns of plan_document and assignment.deadline_phrase. */
  static final int MAX_DOCUMENT_NUMBER = 100;
  static final int MAX_DOCUMENT_TITLE = 2000;
  static final int MAX_DEADLINE = 1000;
  private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-ZĐ]{1,10}");

  private final Organisation organisation;
  private final Clock clock;

  public PlanRequestValidator(Organisation organisation, Clock clock) {
    this.organisation = organisation;
    this.clock = clock;
  }

  public NewPlan validate(PlanRequest request) {
    return validate(request, LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM));
  }

  /**
   * @param referenceDate the date deadlines are read against: today for a draft, the document's own date for a plan
   *     issued elsewhere
   */
  public NewPlan validate(PlanRequest request, LocalDate referenceDate) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("body", "is required (thiếu nội dung)")));
    }
    String title = text(request.title(), "title", MAX_TITLE, problems);
    String type = request.type() == null || request.type().isBlank() ? "KH" : request.type().strip();
    if (!DOCUMENT_TYPE.matcher(type).matches()) {
      problems.add(new FieldProblem("type", "'" + type + "' is not a document type code such as KH, CV, BC"));
    }
    String issuer = knownUnit(request.issuer(), "issuer", problems);
    if (issuer != null && !organisation.requireUnit(issuer).issues()) {
      problems.add(new FieldProblem("issuer", "unit '" + issuer + "' does not issue documents (không phải cơ quan ban hành)"));
    }
    String monitoring = knownUnit(request.monitoringUnit(), "monitoringUnit", problems);
    String drafter = request.drafter() == null ? monitoring : knownUnit(request.drafter(), "drafter", problems);
    List<NewAssignment> assignments = assignments(request.assignments(), referenceDate, problems);
    List<NewRecipient> recipients = recipients(request.recipients(), problems);
    List<ImplementedDocument> documents = documents(request.implementsDocuments(), problems);
    reviewDates(request.interimReviewOn(), request.finalReviewOn(), referenceDate, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new NewPlan(title, type, issuer, drafter, monitoring, documents, assignments, recipients,
        request.interimReviewOn(), request.finalReviewOn());
  }

  /** Both review dates are optional; each comes after the reference date, the final one after the interim one. */
  private static void reviewDates(LocalDate interim, LocalDate fin, LocalDate referenceDate,
                                  List<FieldProblem> problems) {
    if (interim != null && !interim.isAfter(referenceDate)) {
      problems.add(new FieldProblem("interimReviewOn", "ngày sơ kết phải sau ngày " + referenceDate
          + " (the interim review date must be after " + referenceDate + ")"));
    }
    if (fin != null && !fin.isAfter(referenceDate)) {
      problems.add(new FieldProblem("finalReviewOn", "ngày tổng kết phải sau ngày " + referenceDate
          + " (the final review date must be after " + referenceDate + ")"));
    }
    if (interim != null && fin != null && !fin.isAfter(interim)) {
      problems.add(new FieldProblem("finalReviewOn", "ngày tổng kết phải sau ngày sơ kết " + interim
          + " (the final review date must be after the interim review date)"));
    }
  }

  private List<NewAssignment> assignments(List<AssignmentRequest> requests, LocalDate referenceDate,
                                          List<FieldProblem> problems) {
    if (requests == null || requests.isEmpty()) {
      problems.add(new FieldProblem("assignments", "at least one assignment is required (chưa phân công đơn vị thực hiện)"));
      return List.of();
    }
    if (requests.size() > MAX_ASSIGNMENTS) {
      problems.add(new FieldProblem("assignments", "at most " + MAX_ASSIGNMENTS + " assignments per plan"));
      return List.of();
    }
    List<NewAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String field = "assignments[" + i + "]";
      AssignmentRequest request = requests.get(i);
      if (request == null) {
        problems.add(new FieldProblem(field, "is empty"));
        continue;
      }
      String unit = knownUnit(request.unit(), field + ".unit", problems);
      String task = text(request.task(), field + ".task", MAX_TEXT, problems);
      Deadline deadline = null;
      String phrase = optionalText(request.deadline(), field + ".deadline", MAX_DEADLINE, problems);
      if (phrase != null || request.deadline() == null) {
        try {
          deadline = DeadlineReader.read(phrase, request.dueDate(), referenceDate);
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem(field + ".deadline", e.getMessage()));
        }
      }
      AssignmentRole role = request.role() == null ? AssignmentRole.LEAD : request.role();
      AssignmentKind kind = request.kind() == null ? AssignmentKind.TASK : request.kind();
      if (kind == AssignmentKind.OWN_PLAN && unit != null && !organisation.requireUnit(unit).issues()) {
        problems.add(new FieldProblem(field + ".kind", "đơn vị '" + unit + "' không ban hành văn bản (không có sổ "
            + "đăng ký số văn bản) nên không giao xây dựng kế hoạch được; giao nhiệm vụ thường hoặc giao cho cấp ủy, "
            + "cơ quan cấp trên của đơn vị (unit '" + unit + "' has no issuing profile: it cannot issue a plan of its "
            + "own)"));
      }
      assignments.add(new NewAssignment(unit, role, task, deadline, kind));
    }
    return assignments;
  }

  private List<NewRecipient> recipients(List<RecipientRequest> requests, List<FieldProblem> problems) {
    if (requests == null) {
      return List.of();
    }
    if (requests.size() > MAX_RECIPIENTS) {
      problems.add(new FieldProblem("recipients", "at most " + MAX_RECIPIENTS + " recipients per plan"));
      return List.of();
    }
    List<NewRecipient> recipients = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String field = "recipients[" + i + "]";
      RecipientRequest request = requests.get(i);
      int before = problems.size();
      String given = request == null ? null : optionalText(request.name(), field + ".name", MAX_TITLE, problems);
      if (problems.size() > before) {
        continue;
      }
      if (request == null || (blank(request.unit()) && blank(given))) {
        problems.add(new FieldProblem(field, "needs a unit or a name"));
        continue;
      }
      String unit = blank(request.unit()) ? null : knownUnit(request.unit(), field + ".unit", problems);
      String name = blank(given) ? organisation.unit(unit).map(Unit::name).orElse(request.unit()) : given;
      RecipientPurpose purpose = request.purpose() == null ? RecipientPurpose.EXECUTE : request.purpose();
      recipients.add(new NewRecipient(unit, name, purpose));
    }
    return recipients;
  }

  /** The documents the plan carries out, each with a number or a title. */
  private static List<ImplementedDocument> documents(List<ImplementedDocument> sent, List<FieldProblem> problems) {
    List<ImplementedDocument> documents = new ArrayList<>();
    for (int i = 0; sent != null && i < sent.size(); i++) {
      String field = "implements[" + i + "]";
      ImplementedDocument document = sent.get(i);
      if (document == null) {
        problems.add(new FieldProblem(field, "needs a number or a title"));
        continue;
      }
      int before = problems.size();
      String number = optionalText(document.number(), field + ".number", MAX_DOCUMENT_NUMBER, problems);
      String issuer = optionalText(document.issuer(), field + ".issuer", MAX_TITLE, problems);
      String title = optionalText(document.title(), field + ".title", MAX_DOCUMENT_TITLE, problems);
      if (problems.size() == before && blank(number) && blank(title)) {
        problems.add(new FieldProblem(field, "needs a number or a title"));
      }
      documents.add(new ImplementedDocument(number, document.date(), issuer, title, document.planId()));
    }
    return documents;
  }

  private String knownUnit(String id, String field, List<FieldProblem> problems) {
    if (blank(id)) {
      problems.add(new FieldProblem(field, "is required (thiếu đơn vị)"));
      return null;
    }
    Optional<Unit> unit = organisation.unit(id.strip());
    if (unit.isEmpty()) {
      problems.add(new FieldProblem(field, "unknown unit '" + id + "' (đơn vị không có trong hệ thống; see GET /api/units)"));
      return null;
    }
    return unit.get().id();
  }

  private static String text(String value, String field, int max, List<FieldProblem> problems) {
    if (value != null && refused(value, field, problems)) {
      return null;
    }
    String typed = UserText.normalise(value);
    if (blank(typed)) {
      problems.add(new FieldProblem(field, "is required (không được để trống)"));
      return null;
    }
    String stripped = typed.strip();
    if (stripped.length() > max) {
      problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
    }
    return stripped;
  }

  /** A text that may be absent: null when absent or refused, else as {@link UserText} keeps it, stripped. */
  private static String optionalText(String value, String field, int max, List<FieldProblem> problems) {
    if (value == null || refused(value, field, problems)) {
      return null;
    }
    String stripped = UserText.normalise(value).strip();
    if (stripped.length() > max) {
      problems.add(new FieldProblem(field, "dài quá " + max + " ký tự (is longer than " + max + " characters)"));
    }
    return stripped;
  }

  private static boolean refused(String value, String field, List<FieldProblem> problems) {
    String refusal = UserText.refusal(field, value);
    if (refusal != null) {
      problems.add(new FieldProblem(field, refusal));
    }
    return refusal != null;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
