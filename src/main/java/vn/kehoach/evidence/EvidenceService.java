package vn.kehoach.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.system.NotFoundException;
import vn.kehoach.system.UserText;

/**
 * Evidence (tài liệu minh chứng): who may attach, list, download and delete which files, and the limits on them.
 * <ul>
 *   <li>List and download: the plan's participants ({@link vn.kehoach.plan.PlanAccess}); to anyone else the plan and
 *       its files do not exist (404).</li>
 *   <li>Attach to an assignment: its unit; to the plan (the consolidated report): the monitoring unit; admins both.
 *       Other participants get 403. While the plan is carried out or reported on (IN_EXECUTION, REPORTING).</li>
 *   <li>Delete: the one who attached it, until the plan is closed.</li>
 *   <li>Refused with nothing stored: an empty file (422), a file over {@code app.evidence.max-bytes} (413), a kind
 *       other than PDF, .docx, .xlsx, JPEG, PNG by its content (415), one file more than
 *       {@code app.evidence.max-files} (409).</li>
 * </ul>
 */
@Service
public class EvidenceService {

  private final EvidenceRepository evidence;
  private final PlanService plans;
  private final Organisation organisation;
  private final EvidenceLimits limits;
  private final Clock clock;

  public EvidenceService(EvidenceRepository evidence, PlanService plans, Organisation organisation,
                         EvidenceLimits limits, Clock clock) {
    this.evidence = evidence;
    this.plans = plans;
    this.organisation = organisation;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * A file as it arrived: the name its sender gave it (may be null), its size, its bytes (null when the size is over
   * the limit: they are not read), an optional note.
   */
  public record Upload(String fileName, long size, byte[] content, String note) {

    public static Upload of(String fileName, byte[] content, String note) {
      return new Upload(fileName, content.length, content, note);
    }
  }

  /** Attaches a file to an assignment ({@code assignmentId} set) or to the plan's consolidated report (null). */
  @Transactional
  public Evidence attach(long planId, Long assignmentId, Upload upload, Viewer viewer) {
    Plan plan = plans.get(planId, viewer);
    Assignment assignment = assignmentId == null ? null : assignment(plan, assignmentId);
    if (assignment == null) {
      if (!viewer.admin() && !viewer.isIn(plan.monitoringUnit())) {
        throw new EvidenceRefusedException(403, "Chỉ đơn vị theo dõi, tổng hợp báo cáo " + named(plan.monitoringUnit())
            + " đính kèm tài liệu minh chứng vào báo cáo tổng hợp của kế hoạch này (only the monitoring unit "
            + plan.monitoringUnit() + " attaches evidence to the consolidated report)");
      }
    } else if (!viewer.admin() && !viewer.isIn(assignment.unit())) {
      throw new EvidenceRefusedException(403, "Chỉ đơn vị được giao nhiệm vụ " + (assignment.position() + 1) + ", "
          + named(assignment.unit()) + ", đính kèm tài liệu minh chứng vào báo cáo của nhiệm vụ đó (only the "
          + "assigned unit " + assignment.unit() + " attaches evidence to its report)");
    }
    if (plan.state() != PlanState.IN_EXECUTION && plan.state() != PlanState.REPORTING) {
      throw new EvidenceRefusedException(409, "Kế hoạch đang ở trạng thái '" + plan.state().label() + "': tài liệu "
          + "minh chứng được đính kèm khi kế hoạch đang tổ chức thực hiện hoặc đang tổng hợp báo cáo (evidence is "
          + "attached while the plan is carried out or reported on; it is " + plan.state() + ")");
    }
    String name = fileName(upload.fileName());
    if (upload.size() == 0) {
      throw new EvidenceRefusedException(422, "Tệp '" + name + "' rỗng (0 byte): chọn lại tệp có nội dung (the file "
          + "is empty)");
    }
    if (upload.size() > limits.maxBytes() || upload.content() == null) {
      throw new EvidenceRefusedException(413, limits.tooLarge("Tệp '" + name + "' ("
          + EvidenceLimits.bytes(upload.size()) + ")"));
    }
    byte[] content = upload.content();
    FileKind kind = FileKind.sniff(content).orElseThrow(() -> new EvidenceRefusedException(415, "Không nhận tệp '"
        + name + "': nội dung của tệp không phải loại được nhận làm tài liệu minh chứng (xét theo nội dung, không theo "
        + "tên tệp). Loại được nhận: " + FileKind.accepted() + "; tệp .doc, .xls cũ hãy lưu lại thành .docx, .xlsx "
        + "hoặc PDF (file type not accepted; accepted: PDF, .docx, .xlsx, JPEG, PNG)"));
    String note = note(upload.note());
    evidence.lock(planId, assignmentId);
    int count = evidence.count(planId, assignmentId);
    if (count >= limits.maxFiles()) {
      throw new EvidenceRefusedException(409, (assignment == null ? "Báo cáo tổng hợp" : "Nhiệm vụ "
          + (assignment.position() + 1)) + " đã có " + count + " tài liệu minh chứng, tối đa " + limits.maxFiles()
          + " (app.evidence.max-files); xóa tệp không cần rồi gửi lại, hoặc gộp nhiều ảnh vào một tệp PDF (at most "
          + limits.maxFiles() + " evidence files each)");
    }
    String sha256 = sha256(content);
    long id = evidence.insert(planId, assignmentId, name, kind, content, sha256, note, viewer.userId(),
        clock.instant());
    return evidence.find(id).orElseThrow();
  }

  /** The plan's files, plan-level first, for its participants. */
  @Transactional(readOnly = true)
  public List<Evidence> ofPlan(long planId, Viewer viewer) {
    plans.get(planId, viewer);
    return evidence.ofPlan(planId);
  }

  @Transactional(readOnly = true)
  public List<Evidence> ofAssignment(long planId, long assignmentId, Viewer viewer) {
    assignment(plans.get(planId, viewer), assignmentId);
    return evidence.ofAssignment(planId, assignmentId);
  }

  /** A file and its bytes, for the plan's participants; to anyone else it does not exist. */
  @Transactional(readOnly = true)
  public Download download(long id, Viewer viewer) {
    Evidence file = visible(id, viewer);
    return new Download(file, evidence.content(id));
  }

  public record Download(Evidence evidence, byte[] content) {}

  @Transactional
  public void delete(long id, Viewer viewer) {
    Evidence file = visible(id, viewer);
    if (!file.uploadedBy().equals(viewer.userId())) {
      throw new EvidenceRefusedException(403, "Chỉ người đã đính kèm tệp '" + file.fileName() + "' (" + file.uploadedBy()
          + ") được xóa tệp đó (only the uploader deletes an evidence file)");
    }
    Plan plan = plans.get(file.planId());
    if (plan.state() == PlanState.CLOSED || plan.state() == PlanState.REJECTED) {
      throw new EvidenceRefusedException(409, "Kế hoạch đã kết thúc ('" + plan.state().label() + "'): tài liệu minh "
          + "chứng được giữ nguyên, không xóa được (the plan is closed; its evidence is kept)");
    }
    evidence.delete(id);
  }

  private Evidence visible(long id, Viewer viewer) {
    NotFoundException notFound = new NotFoundException("Không tìm thấy tài liệu minh chứng " + id + " (evidence " + id
        + " not found)");
    Evidence file = evidence.find(id).orElseThrow(() -> notFound);
    try {
      plans.get(file.planId(), viewer);
    } catch (NotFoundException hidden) {
      throw notFound;
    }
    return file;
  }

  private static Assignment assignment(Plan plan, long assignmentId) {
    return plan.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
        .orElseThrow(() -> new NotFoundException("Kế hoạch " + plan.id() + " không có nhiệm vụ " + assignmentId
            + " (plan " + plan.id() + " has no assignment " + assignmentId + ")"));
  }

  private String named(String unit) {
    return organisation.unit(unit).map(u -> "'" + u.name() + "' (" + u.id() + ")").orElse("'" + unit + "'");
  }

  /**
   * The name as kept and offered on download: without a client's folders ("C:\\…\\bien-ban.pdf"), invisible and
   * control characters, in NFC, at most 200 characters with its extension kept; "minh-chung" when nothing is left.
   */
  static String fileName(String submitted) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UserText.fromDocument(name).strip();
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 200 - extension.length()) + extension;
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "minh-chung" : name;
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String refusal = UserText.refusal("note", note);
    if (refusal != null) {
      throw new EvidenceRefusedException(400, refusal);
    }
    String kept = UserText.normalise(note).strip();
    if (kept.length() > 1000) {
      throw new EvidenceRefusedException(400, "Ghi chú dài " + kept.length() + " ký tự, tối đa 1000 (note: at most "
          + "1000 characters)");
    }
    return kept;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
