package vn.kehoach.evidence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.evidence.EvidenceService.Download;
import vn.kehoach.evidence.EvidenceService.Upload;
import vn.kehoach.organisation.Viewer;

/**
 * Evidence over HTTP: {@code POST} a file (multipart part {@code file}, optional {@code note}) to an assignment's
 * report or to the plan's consolidated report, {@code GET} the lists, {@code GET /api/evidence/{id}} to download,
 * {@code DELETE /api/evidence/{id}}. Who may do what: {@link EvidenceService}.
 */
@RestController
public class EvidenceController {

  private final EvidenceService evidence;
  private final EvidenceLimits limits;

  public EvidenceController(EvidenceService evidence, EvidenceLimits limits) {
    this.evidence = evidence;
    this.limits = limits;
  }

  @PostMapping("/api/plans/{planId}/assignments/{assignmentId}/evidence")
  public ResponseEntity<Evidence> attachToAssignment(@PathVariable long planId, @PathVariable long assignmentId,
                                                     @RequestParam(required = false) String note,
                                                     HttpServletRequest request, Viewer viewer)
      throws IOException, ServletException {
    return created(evidence.attach(planId, assignmentId, upload(request, note), viewer));
  }

  @PostMapping("/api/plans/{planId}/evidence")
  public ResponseEntity<Evidence> attachToPlan(@PathVariable long planId, @RequestParam(required = false) String note,
                                               HttpServletRequest request, Viewer viewer)
      throws IOException, ServletException {
    return created(evidence.attach(planId, null, upload(request, note), viewer));
  }

  /** A file as listed; {@code mine}: the viewer attached it (and may delete it while the plan is not closed). */
  public record Listed(@JsonUnwrapped Evidence evidence, boolean mine) {

    static List<Listed> of(List<Evidence> files, Viewer viewer) {
      return files.stream().map(e -> new Listed(e, e.uploadedBy().equals(viewer.userId()))).toList();
    }
  }

  /** Every file of the plan: the consolidated report's ({@code assignmentId} null) and each assignment's. */
  @GetMapping("/api/plans/{planId}/evidence")
  public List<Listed> ofPlan(@PathVariable long planId, Viewer viewer) {
    return Listed.of(evidence.ofPlan(planId, viewer), viewer);
  }

  @GetMapping("/api/plans/{planId}/assignments/{assignmentId}/evidence")
  public List<Listed> ofAssignment(@PathVariable long planId, @PathVariable long assignmentId, Viewer viewer) {
    return Listed.of(evidence.ofAssignment(planId, assignmentId, viewer), viewer);
  }

  /** What an upload may be: the largest file, the most files, the kinds accepted (for the page to say so). */
  public record Limits(long maxBytes, int maxFiles, List<String> accepted) {}

  @GetMapping("/api/evidence/limits")
  public Limits limits() {
    return new Limits(limits.maxBytes(), limits.maxFiles(),
        java.util.Arrays.stream(FileKind.values()).map(FileKind::label).toList());
  }

  @GetMapping("/api/evidence/{id}")
  public ResponseEntity<byte[]> download(@PathVariable long id, Viewer viewer) {
    Download file = evidence.download(id, viewer);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.evidence().contentType()))
        .contentLength(file.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.evidence().fileName()))
        .header("X-Content-SHA256", file.evidence().sha256())
        .body(file.content());
  }

  @DeleteMapping("/api/evidence/{id}")
  public ResponseEntity<Void> delete(@PathVariable long id, Viewer viewer) {
    evidence.delete(id, viewer);
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<Evidence> created(Evidence stored) {
    return ResponseEntity.created(URI.create("/api/evidence/" + stored.id())).body(stored);
  }

  /** The part "file" of a multipart request; its bytes read only when within the limit. */
  private Upload upload(HttpServletRequest request, String note) throws IOException, ServletException {
    String contentType = request.getContentType() == null ? "" : request.getContentType();
    if (!contentType.startsWith("multipart/form-data")) {
      throw new EvidenceRefusedException(415, "Gửi tệp dạng multipart/form-data, tệp trong phần 'file' (ghi chú, nếu "
          + "có, trong phần 'note'); loại tệp được nhận: " + FileKind.accepted() + " (send multipart/form-data with "
          + "the file in the part 'file')");
    }
    Part file = request.getPart("file");
    if (file == null) {
      throw new EvidenceRefusedException(400, "Thiếu tệp: gửi tệp trong phần 'file' của multipart/form-data (the "
          + "part 'file' is missing)");
    }
    if (file.getSize() > limits.maxBytes()) {
      return new Upload(file.getSubmittedFileName(), file.getSize(), null, note);
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes((int) limits.maxBytes() + 1);
      return new Upload(file.getSubmittedFileName(), content.length, content, note);
    } finally {
      file.delete();
    }
  }

  /**
   * {@code attachment; filename="bien-ban-dien-tap.pdf"; filename*=UTF-8''bi%C3%AAn-b%E1%BA%A3n…} (RFC 6266): the
   * name as written for browsers that read UTF-8 names, an ASCII one without accents for the others; quotes,
   * backslashes and control characters cannot break out of the header.
   */
  static String contentDisposition(String fileName) {
    String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
