package vn.kehoach.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/**
 * {@code POST /api/plans/import}: a plan document (UTF-8 text or .docx, as the body or as the multipart part
 * "file") read into the JSON shape {@code POST /api/plans} accepts, plus what the document says (its kind, number,
 * date, place, issuer, signature; each body as written and how it was matched) and the warnings of what could not be
 * read. With {@code start=true} the plan is also created and its lifecycle started as a draft; with
 * {@code issued=true} a plan another body already issued is taken in to be followed from its execution on
 * ({@link IssuedPlanImport}).
 */
@RestController
@RequestMapping("/api/plans/import")
public class PlanImportController {

  /** The parsed plan (the fields of a plan request), what the document says, the warnings; {@code id} once stored. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportAnswer(@JsonUnwrapped PlanRequest plan, @JsonUnwrapped DocumentReading reading,
                             List<ImportWarning> warnings, Signature signature, Long id, String processInstanceId) {

    static ImportAnswer of(ImportResult result, Plan stored) {
      return new ImportAnswer(result.plan(), DocumentReading.of(result), result.warnings(),
          result.document().signature(), stored == null ? null : stored.id(),
          stored == null ? null : stored.processInstanceId());
    }
  }

  private final PlanImporter importer;
  private final ImportGate gate;
  private final PlanService plans;
  private final long maxBytes;

  public PlanImportController(PlanImporter importer, ImportGate gate, PlanService plans,
                              @Value("${app.api.max-request-bytes:1048576}") long maxBytes) {
    this.importer = importer;
    this.gate = gate;
    this.plans = plans;
    this.maxBytes = maxBytes;
  }

  @PostMapping
  public ResponseEntity<?> importPlan(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean start,
                                      @RequestParam(defaultValue = "false") boolean issued,
                                      @RequestParam(required = false) LocalDate referenceDate,
                                      @RequestParam(required = false) List<String> assign,
                                      @RequestParam(required = false) List<Integer> drop,
                                      @RequestParam(required = false) List<String> deadline,
                                      @RequestParam(required = false) String number,
                                      @RequestParam(required = false) LocalDate issuedOn,
                                      @RequestParam(required = false) String office, Viewer viewer)
      throws IOException, ServletException {
    if (start && issued) {
      throw InvalidRequestException.of("issued", "chọn start=true (soạn thảo kế hoạch mới) hoặc issued=true (theo dõi "
          + "văn bản đã ban hành), không cả hai (choose one of start and issued)");
    }
    IssuedPlanChoices choices = issued ? IssuedPlanChoices.parse(assign, drop, deadline, number, issuedOn, office) : null;
    ImportResult result;
    String contentType = request.getContentType() == null ? "" : request.getContentType();
    if (contentType.startsWith("multipart/")) {
      Part file = request.getPart("file");
      if (file == null) {
        throw new InvalidRequestException(List.of(new FieldProblem("file",
            "Thiếu tệp văn bản: gửi tệp trong phần 'file' (send the document as the part 'file')")));
      }
      result = gate.read(() -> {
        try (InputStream in = file.getInputStream()) {
          return importer.importFile(in, file.getSubmittedFileName(), maxBytes, referenceDate);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } else {
      result = gate.read(() -> {
        try (InputStream in = request.getInputStream()) {
          return importer.importFile(in, null, maxBytes, referenceDate);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    if (issued) {
      return trackIssued(result, choices, viewer);
    }
    if (!start) {
      return ResponseEntity.ok(ImportAnswer.of(result, null));
    }
    try {
      Plan plan = plans.create(withUnwrittenDeadlinesMarked(result.plan()), viewer);
      return ResponseEntity.status(HttpStatus.CREATED).body(ImportAnswer.of(result, plan));
    } catch (InvalidRequestException incomplete) {
      return incomplete(result, "Đã đọc văn bản nhưng chưa đủ thông tin để khởi tạo kế hoạch; bổ sung các mục sau "
          + "(the document was read but the plan cannot start until these are set): " + incomplete.getMessage(),
          incomplete.problems(), null);
    }
  }

  /**
   * A plan issued elsewhere: stored IN_EXECUTION once every assignment has a unit, or 422 listing those that need
   * the office's choice, with nothing stored.
   */
  private ResponseEntity<?> trackIssued(ImportResult result, IssuedPlanChoices choices, Viewer viewer) {
    IssuedPlanImport.Outcome outcome = IssuedPlanImport.of(result, choices);
    if (!outcome.unresolved().isEmpty()) {
      return incomplete(result, "Có " + outcome.unresolved().size() + " nhiệm vụ chưa theo dõi được: nhiệm vụ giao cho "
          + "cơ quan chưa khớp chắc chắn với đơn vị nào trong hệ thống cần chọn đơn vị (assign=STT:mã-đơn-vị), nhiệm vụ "
          + "không đọc được thời hạn cần ghi thời hạn (deadline=STT:thời hạn), hoặc bỏ nhiệm vụ đó (drop=STT), rồi gửi "
          + "lại (choose a unit or a deadline for each, or drop it, then send again)",
          List.of(), outcome.unresolved());
    }
    try {
      Plan plan = plans.trackIssued(outcome.request(), viewer);
      return ResponseEntity.status(HttpStatus.CREATED).body(ImportAnswer.of(result, plan));
    } catch (InvalidRequestException incomplete) {
      return incomplete(result, "Đã đọc văn bản nhưng chưa đủ thông tin để theo dõi kế hoạch; bổ sung các mục sau "
          + "(the document was read but cannot be followed until these are set): " + incomplete.getMessage(),
          incomplete.problems(), null);
    }
  }

  private static ResponseEntity<?> incomplete(ImportResult result, String message, List<FieldProblem> problems,
                                              List<IssuedPlanImport.Unresolved> unresolved) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 422);
    body.put("error", HttpStatus.UNPROCESSABLE_ENTITY.getReasonPhrase());
    body.put("message", message);
    body.put("errors", problems);
    if (unresolved != null) {
      body.put("unmatched", unresolved);
    }
    body.put("plan", result.plan());
    DocumentReading reading = DocumentReading.of(result);
    body.put("document", reading.document());
    body.put("assignmentsRead", reading.assignmentsRead());
    body.put("recipientsRead", reading.recipientsRead());
    body.put("warnings", result.warnings());
    return ResponseEntity.unprocessableEntity().body(body);
  }

  /**
   * An assignment the document gives no deadline is started with that said as its deadline: it is kept as an
   * unread deadline, which blocks signature until the drafter sets one.
   */
  private static PlanRequest withUnwrittenDeadlinesMarked(PlanRequest plan) {
    List<PlanRequest.AssignmentRequest> assignments = plan.assignments() == null ? null : plan.assignments().stream()
        .map(a -> a.deadline() != null || a.dueDate() != null ? a
            : a.with(a.unit(), UNWRITTEN_DEADLINE, null))
        .toList();
    return new PlanRequest(plan.title(), plan.type(), plan.issuer(), plan.drafter(), plan.monitoringUnit(),
        plan.implementsDocuments(), assignments, plan.recipients(), plan.interimReviewOn(), plan.finalReviewOn());
  }

  static final String UNWRITTEN_DEADLINE = "(văn bản không ghi thời hạn)";
}
