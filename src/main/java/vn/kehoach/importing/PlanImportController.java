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
 * "file") read into the JSON shape {@code POST /api/plans} accepts, plus the warnings of what could not be read;
 * with {@code start=true} the plan is also created and its lifecycle started as a draft.
 */
@RestController
@RequestMapping("/api/plans/import")
public class PlanImportController {

  /** The parsed plan (the fields of a plan request) with its warnings; {@code id} once started. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportAnswer(@JsonUnwrapped PlanRequest plan, List<ImportWarning> warnings, Signature signature,
                             Long id, String processInstanceId) {}

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
                                      @RequestParam(required = false) LocalDate referenceDate, Viewer viewer)
      throws IOException, ServletException {
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
    Signature signature = result.document().signature();
    if (!start) {
      return ResponseEntity.ok(new ImportAnswer(result.plan(), result.warnings(), signature, null, null));
    }
    try {
      Plan plan = plans.create(withUnwrittenDeadlinesMarked(result.plan()), viewer);
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(new ImportAnswer(result.plan(), result.warnings(), signature, plan.id(), plan.processInstanceId()));
    } catch (InvalidRequestException incomplete) {
      return ResponseEntity.unprocessableEntity().body(Map.of("status", 422,
          "error", HttpStatus.UNPROCESSABLE_ENTITY.getReasonPhrase(),
          "message", "Đã đọc văn bản nhưng chưa đủ thông tin để khởi tạo kế hoạch; bổ sung các mục sau (the document "
              + "was read but the plan cannot start until these are set): " + incomplete.getMessage(),
          "errors", incomplete.problems(), "plan", result.plan(), "warnings", result.warnings()));
    }
  }

  /**
   * An assignment the document gives no deadline is started with that said as its deadline: it is kept as an
   * unread deadline, which blocks signature until the drafter sets one.
   */
  private static PlanRequest withUnwrittenDeadlinesMarked(PlanRequest plan) {
    List<PlanRequest.AssignmentRequest> assignments = plan.assignments() == null ? null : plan.assignments().stream()
        .map(a -> a.deadline() != null || a.dueDate() != null ? a
            : new PlanRequest.AssignmentRequest(a.unit(), a.role(), a.task(), UNWRITTEN_DEADLINE, null))
        .toList();
    return new PlanRequest(plan.title(), plan.type(), plan.issuer(), plan.drafter(), plan.monitoringUnit(),
        plan.implementsDocuments(), assignments, plan.recipients());
  }

  static final String UNWRITTEN_DEADLINE = "(văn bản không ghi thời hạn)";
}
