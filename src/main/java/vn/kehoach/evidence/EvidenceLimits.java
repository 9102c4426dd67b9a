package vn.kehoach.evidence;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kehoach.system.LargerBodyLimit;

/**
 * How large one evidence file may be ({@code app.evidence.max-bytes}, 20 MB by default) and how many files an
 * assignment, or the consolidated report, may have ({@code app.evidence.max-files}, 20). Uploads of evidence are
 * the API's only bodies over {@code app.api.max-request-bytes}: their requests may carry the file plus 64 KiB of
 * multipart envelope and note.
 */
@Component
public class EvidenceLimits implements LargerBodyLimit {

  static final long ENVELOPE = 64 * 1024;
  private static final Pattern UPLOAD = Pattern.compile("/api/plans/[^/]+(/assignments/[^/]+)?/evidence/?");

  private final long maxBytes;
  private final int maxFiles;

  public EvidenceLimits(@Value("${app.evidence.max-bytes:20971520}") long maxBytes,
                        @Value("${app.evidence.max-files:20}") int maxFiles) {
    if (maxBytes < 1 || maxFiles < 1) {
      throw new IllegalStateException("app.evidence.max-bytes and app.evidence.max-files must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxFiles = maxFiles;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public int maxFiles() {
    return maxFiles;
  }

  /**
   * The servlet container's own limit on multipart requests (Spring Boot's default is 1 MB a file): an evidence file
   * and its envelope. A body sent without a declared length and over it is refused by the container (413) before any
   * controller runs.
   */
  MultipartConfigElement multipartConfig() {
    return new MultipartConfigElement("", limit(), limit(), 0);
  }

  @Override
  public boolean appliesTo(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  public long limit() {
    return maxBytes + ENVELOPE;
  }

  @Override
  public String refusal() {
    return tooLarge("Tệp gửi lên");
  }

  /** "Tệp 'x.pdf' lớn hơn 20 MB …": the 413 of an evidence file, Vietnamese then English. */
  String tooLarge(String what) {
    return what + " lớn hơn " + megabytes(maxBytes) + ", giới hạn của một tài liệu minh chứng (app.evidence.max-bytes);"
        + " hãy nén ảnh, chia nhỏ hoặc chuyển sang PDF rồi gửi lại (the file is larger than " + megabytes(maxBytes)
        + ", the limit of one evidence file; compress or split it and send again)";
  }

  /** "20.971.521 byte": exact, with Vietnamese digit grouping. */
  static String bytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%,d", bytes).replace(',', '.') + " byte";
  }

  /** 20 MB, 1,5 MB, 800 KB: as people read sizes (1 MB = 1,048,576 bytes). */
  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    String text = mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    return text.replace('.', ',') + " MB";
  }
}
