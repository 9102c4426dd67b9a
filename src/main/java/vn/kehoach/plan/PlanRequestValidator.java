package vn.kehoach.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
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

/** Checks a plan request against the organisation and turns it into a {@link NewPlan}, or lists every problem. */
@Component
public class PlanRequestValidator {

  static final int MAX_TITLE = 1000;
  static final int MAX_TEXT = 20_000;
  static final int MAX_ASSIGNMENTS = 500;
  static final int MAX_RECIPIENTS = 200;
  private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-ZĐ]{1,10}");

  private final Organisation organisation;
  private final Clock clock;

  public PlanRequestValidator(Organisation organisation, Clock clock) {
    this.organisation = organisation;
    this.clock = clock;
  }

  public NewPlan validate(PlanRequest request) {
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
    List<NewAssignment> assignments = assignments(request.assignments(), problems);
    List<NewRecipient> recipients = recipients(request.recipients(), problems);
    List<ImplementedDocument> documents = request.implementsDocuments() == null ? List.of() : request.implementsDocuments();
    for (int i = 0; i < documents.size(); i++) {
      ImplementedDocument document = documents.get(i);
      if (document == null || (blank(document.number()) && blank(document.title()))) {
        problems.add(new FieldProblem("implements[" + i + "]", "needs a number or a title"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new NewPlan(title, type, issuer, drafter, monitoring, documents, assignments, recipients);
  }

  private List<NewAssignment> assignments(List<AssignmentRequest> requests, List<FieldProblem> problems) {
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
      try {
        deadline = DeadlineReader.read(request.deadline(), request.dueDate(), LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(field + ".deadline", e.getMessage()));
      }
      AssignmentRole role = request.role() == null ? AssignmentRole.LEAD : request.role();
      assignments.add(new NewAssignment(unit, role, task, deadline));
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
      if (request == null || (blank(request.unit()) && blank(request.name()))) {
        problems.add(new FieldProblem(field, "needs a unit or a name"));
        continue;
      }
      String unit = blank(request.unit()) ? null : knownUnit(request.unit(), field + ".unit", problems);
      String name = blank(request.name())
          ? organisation.unit(unit).map(Unit::name).orElse(request.unit())
          : request.name().strip();
      if (name.length() > MAX_TITLE) {
        problems.add(new FieldProblem(field + ".name", "is longer than " + MAX_TITLE + " characters"));
      }
      RecipientPurpose purpose = request.purpose() == null ? RecipientPurpose.EXECUTE : request.purpose();
      recipients.add(new NewRecipient(unit, name, purpose));
    }
    return recipients;
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
    if (blank(value)) {
      problems.add(new FieldProblem(field, "is required (không được để trống)"));
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
    }
    return stripped;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
