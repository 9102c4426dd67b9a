package vn.kehoach.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.organisation.Viewer;

/**
 * {@code GET /api/plans/{id}/report.docx} and {@code .pdf}: the plan's newest report document, for the plan's
 * participants only (404 for anyone else, as for the plan itself). The PDF is rendered from the same bytes.
 */
@RestController
public class ReportDocumentController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReportDocuments documents;

  public ReportDocumentController(ReportDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/api/plans/{id}/report.docx")
  public ResponseEntity<byte[]> docx(@PathVariable long id, Viewer viewer) {
    ReportDocuments.Generated generated = documents.latest(id, viewer);
    return file(generated, generated.content(), DOCX, "docx");
  }

  @GetMapping("/api/plans/{id}/report.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable long id, Viewer viewer) {
    ReportDocuments.Generated generated = documents.latest(id, viewer);
    return file(generated, documents.pdf(generated.content()), MediaType.APPLICATION_PDF, "pdf");
  }

  private static ResponseEntity<byte[]> file(ReportDocuments.Generated generated, byte[] bytes, MediaType type,
                                             String extension) {
    ReportDocument document = generated.document();
    String name = "Báo cáo " + (document.cycle() == ReportCycle.INTERIM ? "sơ kết" : "tổng kết") + " kế hoạch "
        + document.planId() + "." + extension;
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name))
        .header("X-Report-SHA256", document.sha256())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(bytes);
  }

  /**
   * A filename every browser saves right: an ASCII one without diacritics ("Bao cao tong ket ke hoach 5.docx") for
   * old clients, and the Vietnamese one in UTF-8 (RFC 6266 / RFC 5987) for the others.
   */
  static String contentDisposition(String name) {
    String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9. _-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
