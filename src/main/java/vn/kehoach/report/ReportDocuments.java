package vn.kehoach.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.cascade.CascadeSummary;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.evidence.EvidenceCatalogue;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.numbering.DocumentNumbering;
import vn.kehoach.organisation.IssuerKind;
import vn.kehoach.organisation.IssuerProfile;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.Recipient;
import vn.kehoach.plan.RecipientPurpose;
import vn.kehoach.system.ConflictException;
import vn.kehoach.system.NotFoundException;
import vn.kehoach.system.UserText;

/**
 * The consolidated report as a document: generated from the plan's tables (its issuer, number, assignments and their
 * reports, the plans carrying it out) and the monitoring unit's text, kept byte for byte, presented to the signer and
 * approved as exactly those bytes.
 *
 * <p>The number. The document is generated before the signer decides, and may be returned and generated again;
 * taking a number from the register at generation would burn numbers that are never issued (numbers are never
 * reused). So the document shows the number reserved, "Số …-BC/TU" / "Số: …/BC-UBND", with the day left blank, as
 * documents are signed in practice (seed 003: "Số: /BC-SNgV", "ngày tháng 4 năm 2024"); when the signer approves,
 * the clerk's register gives the report its number (type BC, by the issuer's own rule), kept with the approval.
 */
@Service
public class ReportDocuments {

  static final String REPORT_TYPE = "BC";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanService plans;
  private final Organisation organisation;
  private final CascadeSummary cascade;
  private final DocumentNumbering numbering;
  private final ReportDocumentRepository documents;
  private final PdfRenderer pdf;
  private final EvidenceCatalogue evidence;
  private final Clock clock;

  public ReportDocuments(PlanService plans, Organisation organisation, CascadeSummary cascade,
                         DocumentNumbering numbering, ReportDocumentRepository documents, PdfRenderer pdf,
                         EvidenceCatalogue evidence, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.cascade = cascade;
    this.numbering = numbering;
    this.documents = documents;
    this.pdf = pdf;
    this.evidence = evidence;
    this.clock = clock;
  }

  /** A document and its bytes. */
  public record Generated(ReportDocument document, byte[] content) {}

  /** Generates the plan's report document of this cycle with the monitoring unit's text as its body, and keeps it. */
  @Transactional
  public ReportDocument generate(long planId, ReportCycle cycle, String consolidatedText, String by) {
    Plan plan = plans.get(planId);
    byte[] content = ReportDocx.write(content(plan, cycle, consolidatedText));
    String sha = sha256(content);
    Instant now = clock.instant();
    by = by == null ? vn.kehoach.history.PlanEvent.SYSTEM : by; // a step completed through the Java API names nobody
    long id = documents.add(planId, cycle, content, sha, now, by);
    plans.recordStep(planId, "REPORT_DOCUMENT", "Tạo văn bản báo cáo (" + cycleLabel(cycle) + "), SHA-256 " + sha, by);
    return documents.latest(planId).filter(d -> d.id() == id).orElseThrow();
  }

  /** The newest report document of a plan the viewer takes part in; 404 for others and when there is none. */
  public Generated latest(long planId, Viewer viewer) {
    plans.get(planId, viewer);
    ReportDocument document = documents.latest(planId)
        .orElseThrow(() -> new NotFoundException("Kế hoạch " + planId + " chưa có văn bản báo cáo tổng hợp "
            + "(the plan has no report document yet)"));
    return new Generated(document, documents.content(document.id()));
  }

  public byte[] pdf(byte[] docx) {
    return pdf.render(docx);
  }

  /** The acceptance task opens: the newest document is the one it presents; its hash is what the form shows. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ReportDocument> present(long planId, String taskId) {
    Optional<ReportDocument> document = documents.latest(planId);
    document.ifPresent(d -> documents.present(d.id(), taskId));
    return document;
  }

  /**
   * The signer approves: only the document the task presented, and only if it is still the newest (a document
   * generated since would be a different text than the one the signer read): 409 otherwise. The approval keeps
   * the SHA-256 and the number the register gives the report now.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ReportDocument> approve(long planId, String taskId, String by) {
    Optional<ReportDocument> latest = documents.latest(planId);
    if (latest.isEmpty()) {
      // a report consolidated before documents existed (a task open across the upgrade): nothing to compare
      return Optional.empty();
    }
    ReportDocument presented = documents.presentedTo(taskId).orElseThrow(() -> new ReportChangedException(
        "Công việc này không trình văn bản báo cáo nào; không duyệt được (no report document was presented)"));
    ReportDocument newest = latest.get();
    if (newest.id() != presented.id()) {
      throw new ReportChangedException("Văn bản báo cáo đã được tạo lại sau khi trình duyệt (SHA-256 trình duyệt "
          + presented.sha256() + ", hiện tại " + newest.sha256() + "): không duyệt một văn bản khác với văn bản đã "
          + "trình; hãy trả lại để trình lại văn bản mới (the report document changed after it was presented)");
    }
    Plan plan = plans.get(planId);
    String number = organisation.unit(plan.issuer()).filter(Unit::issues)
        .map(issuer -> numbering.issue(issuer, REPORT_TYPE, LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM)))
        .map(DocumentNumber::text).orElse(null);
    by = by == null ? vn.kehoach.history.PlanEvent.SYSTEM : by;
    documents.approve(presented.id(), clock.instant(), by, number);
    plans.recordStep(planId, "REPORT_APPROVED", "Duyệt văn bản báo cáo" + (number == null ? "" : " số " + number)
        + ", SHA-256 " + presented.sha256(), by);
    return documents.presentedTo(taskId);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cycleLabel(ReportCycle cycle) {
    return cycle == ReportCycle.INTERIM ? "sơ kết" : "tổng kết";
  }

  /** What the document says, from the plan's tables and the organisation file. */
  ReportContent content(Plan plan, ReportCycle cycle, String consolidatedText) {
    Unit issuer = organisation.unit(plan.issuer()).orElse(null);
    IssuerProfile profile = issuer == null ? null : issuer.issuer();
    boolean party = profile == null || profile.kind() == IssuerKind.PARTY;
    IssuerProfile.Letterhead letterhead = profile == null || profile.letterhead() == null
        ? new IssuerProfile.Letterhead(null, null, party ? "T/M " + upper(plan.issuerName(organisation)) : "KT. THỦ TRƯỞNG",
            party ? "PHÓ BÍ THƯ" : "PHÓ THỦ TRƯỞNG")
        : profile.letterhead();
    String code = profile == null ? "…" : profile.code();

    List<String> headerLeft = new ArrayList<>();
    if (letterhead.superior() != null) {
      headerLeft.add(letterhead.superior());
    }
    headerLeft.add(upper(plan.issuerName(organisation)));
    String numberText = party ? "Số …-" + REPORT_TYPE + "/" + code : "Số: …/" + REPORT_TYPE + "-" + code;
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
    String placeAndDate = (letterhead.place() == null ? "……" : letterhead.place()) + ", ngày … tháng "
        + today.getMonthValue() + " năm " + today.getYear();

    String planRef = plan.number() == null ? "Kế hoạch \"" + plan.title() + "\""
        : "Kế hoạch số " + plan.number().text() + " ngày " + DATE.format(plan.number().issuedOn());
    String title = cycle.titleLead() + " " + planRef + " của " + plan.issuerName(organisation);

    List<String> body = UserText.normalise(consolidatedText == null ? "" : consolidatedText).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList();

    Instant now = clock.instant();
    List<ReportContent.UnitResult> units = new ArrayList<>();
    Map<String, Map<AssignmentStatus, Integer>> byUnit = new LinkedHashMap<>();
    Map<AssignmentStatus, Integer> total = zero();
    List<String> unfinished = new ArrayList<>();
    for (Assignment a : plan.assignments()) {
      String unitName = organisation.unit(a.unit()).map(Unit::name).orElse(a.unit());
      AssignmentStatus status = a.status(now);
      units.add(new ReportContent.UnitResult(unitName, a.role().label().toLowerCase(), a.task(), status.label(),
          a.report() == null || a.report().isBlank() ? "Chưa báo cáo" : a.report().strip()));
      byUnit.computeIfAbsent(unitName, u -> zero()).merge(status, 1, Integer::sum);
      total.merge(status, 1, Integer::sum);
      if (!a.done() && status != AssignmentStatus.ONGOING) {
        unfinished.add(unitName + ": " + a.task() + " (" + status.label() + ", hạn " + a.deadline().phrase() + ")");
      }
    }
    List<ReportContent.StatusRow> rows = new ArrayList<>();
    byUnit.forEach((unit, counts) -> rows.add(new ReportContent.StatusRow(unit, counts, false)));
    for (CascadeSummary.ChildPlan child : cascade.childPlanCounts(plan.id())) {
      rows.add(new ReportContent.StatusRow(child.label(), child.rolledUp(), false));
    }
    rows.add(new ReportContent.StatusRow("Tổng cộng (kế hoạch này)", total, true));

    List<String> recipients = new ArrayList<>();
    for (Recipient r : plan.recipients()) {
      if (r.purpose() == RecipientPurpose.INFORM) {
        recipients.add("- " + recipientName(r) + " (để b/c),");
      }
    }
    byUnit.keySet().forEach(unit -> recipients.add("- " + unit + ","));
    organisation.unit(plan.monitoringUnit()).map(Unit::name)
        .filter(name -> !byUnit.containsKey(name)).ifPresent(name -> recipients.add("- " + name + ","));
    recipients.add("- Lưu VT.");

    // the files as they stand when the document is made: its hash then covers their hashes too
    List<String> files = new ArrayList<>();
    for (EvidenceCatalogue.Group group : evidence.ofPlan(plan.id())) {
      String whose = group.position() == null ? "Báo cáo tổng hợp — " + group.unitName()
          : group.position() + ". " + group.unitName();
      group.files().forEach(f -> files.add(whose + ": " + f.fileName() + " (SHA-256 " + f.sha256() + ")"));
    }
    return new ReportContent(party, headerLeft, numberText, placeAndDate, title, plan.title(), body, units, rows,
        cycle == ReportCycle.FINAL ? unfinished : List.of(), recipients, letterhead.signsFor(),
        letterhead.signerTitle(), files);
  }

  private String recipientName(Recipient r) {
    return r.name() != null ? r.name() : organisation.unit(r.unit()).map(Unit::name).orElse(r.unit());
  }

  private static Map<AssignmentStatus, Integer> zero() {
    Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      counts.put(status, 0);
    }
    return counts;
  }

  private static String upper(String text) {
    return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
  }

  /** The document the signer is asked to approve is not the newest one (HTTP 409). */
  public static class ReportChangedException extends ConflictException {
    public ReportChangedException(String message) {
      super(message);
    }
  }
}
