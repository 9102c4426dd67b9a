package vn.kehoach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.FRONT;
import static vn.kehoach.support.PlanFixtures.INSPECTION;
import static vn.kehoach.support.PlanFixtures.PROPAGANDA;
import static vn.kehoach.support.PlanFixtures.provincialPlan;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.evidence.EvidenceService;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * The consolidated report as a document: generated when the monitoring unit submits its report, served to the
 * plan's participants as .docx and PDF, shown to the signer with its SHA-256, and approved only as those bytes.
 */
@IntegrationTest
class ReportDocumentTest {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired TestRestTemplate rest;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;
  @Autowired PlanService plans;
  @Autowired ReportDocuments documents;
  @Autowired EvidenceService evidence;

  @Test
  void partyPlanReportHasThePartyLayoutUnitsCountsRecipientsAndTheStandingCommitteeSignature() throws Exception {
    Plan plan = consolidated(provincialPlan("Kế hoạch có văn bản báo cáo"), "Ban Tuyên giáo đã tổ chức 12 buổi tuyên "
        + "truyền.\nỦy ban Kiểm tra đã kiểm tra 5 đảng ủy trực thuộc.");

    ResponseEntity<byte[]> docx = rest.withBasicAuth("congan", "demo")
        .getForEntity("/api/plans/" + plan.id() + "/report.docx", byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"Bao cao tong ket ke hoach " + plan.id() + ".docx\"")
        .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt");

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      List<String> header = cellLines(doc.getTables().get(0), 0);
      assertThat(header).containsExactly("ĐẢNG BỘ TỈNH (DEMO)", "BAN THƯỜNG VỤ TỈNH ỦY", "*", "Số …-BC/TU");
      assertThat(cellLines(doc.getTables().get(0), 1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
          .anySatisfy(line -> assertThat(line).matches("Tỉnh \\(demo\\), ngày … tháng \\d{1,2} năm \\d{4}"));
      String text = paragraphs(doc);
      assertThat(text).contains("BÁO CÁO\nKết quả thực hiện Kế hoạch số " + plan.number().text() + " ngày "
          + DATE.format(plan.number().issuedOn()) + " của Ban Thường vụ Tỉnh ủy");
      assertThat(text).contains("Ban Tuyên giáo đã tổ chức 12 buổi tuyên truyền.", "Ủy ban Kiểm tra đã kiểm tra 5 đảng");
      assertThat(text).contains("1. Ban Tuyên giáo và Dân vận Tỉnh ủy (chủ trì): Chỉ đạo, định hướng",
          "Kết quả: Báo cáo của " + PROPAGANDA, "Kết quả: Báo cáo của " + INSPECTION, "Kết quả: Báo cáo của " + FRONT);

      List<List<String>> status = rows(doc.getTables().get(1));
      assertThat(status.get(0)).containsExactly("Đơn vị", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn",
          "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Thường xuyên");
      // the propaganda work was due 30/04/2026 and reported later (late); the inspection is ongoing; the front's on time
      assertThat(status).contains(List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy", "0", "0", "0", "1", "0"),
          List.of("Ủy ban Kiểm tra Tỉnh ủy", "0", "0", "0", "0", "1"),
          List.of("Tổng cộng (kế hoạch này)", "0", "0", "1", "1", "1"));

      List<String> recipients = cellLines(doc.getTables().get(2), 0);
      assertThat(recipients.get(0)).isEqualTo("Nơi nhận:");
      assertThat(recipients).contains("- Văn phòng Trung ương Đảng (để b/c),", "- Lưu VT.");
      assertThat(cellLines(doc.getTables().get(2), 1)).containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
    }

    // a unit that takes no part in the plan learns nothing of it
    assertThat(rest.withBasicAuth("ubndphuong", "demo").getForEntity("/api/plans/" + plan.id() + "/report.docx",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void statePlanReportHasTheNationalMottoAndIsSignedForTheChairman() throws Exception {
    PlanRequest ward = new PlanRequest("Kế hoạch của UBND phường về PCCC", "KH", "ubnd-phuong",
        "van-phong-ubnd-phuong", "van-phong-ubnd-phuong", null,
        List.of(new AssignmentRequest("hdnd-phuong", AssignmentRole.LEAD, "Giám sát công tác PCCC tại khu dân cư",
            "thường xuyên", null)), List.of());
    Plan plan = consolidated(ward, "Đã kiểm tra 30 hộ kinh doanh.");

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.latest(plan.id(),
        vn.kehoach.organisation.Viewer.SYSTEM).content()))) {
      assertThat(cellLines(doc.getTables().get(0), 0)).containsExactly("ỦY BAN NHÂN DÂN THÀNH PHỐ (DEMO)",
          "ỦY BAN NHÂN DÂN PHƯỜNG", "______", "Số: …/BC-UBND");
      assertThat(cellLines(doc.getTables().get(0), 1)).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc");
      assertThat(paragraphs(doc)).contains("Kết quả thực hiện Kế hoạch số " + plan.number().text());
      assertThat(plan.number().text()).endsWith("/KH-UBND");
      assertThat(cellLines(doc.getTables().get(2), 1)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }
  }

  @Test
  void theSignerApprovesExactlyTheDocumentServedAndARegeneratedOneIsRefused() throws Exception {
    Plan plan = consolidated(provincialPlan("Kế hoạch duyệt đúng văn bản"), "Báo cáo tổng hợp lần đầu.");
    Task accept = workflow.task(plan, Elements.ACCEPT_REPORT);
    ResponseEntity<byte[]> served = rest.withBasicAuth("phobithu", "demo")
        .getForEntity("/api/plans/" + plan.id() + "/report.docx", byte[].class);
    String servedSha = ReportDocuments.sha256(served.getBody());
    assertThat(tasks.getVariable(accept.getId(), "reportSha256")).isEqualTo(servedSha);
    assertThat(served.getHeaders().getFirst("X-Report-SHA256")).isEqualTo(servedSha);

    // the document is generated again after the task presented it: approving now would approve another text
    documents.generate(plan.id(), ReportCycle.FINAL, "Báo cáo tổng hợp sửa sau khi trình.", "congan");
    ResponseEntity<String> refused = approve(accept, "phobithu");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("Văn bản báo cáo đã được tạo lại sau khi trình duyệt", servedSha);
    assertThat(workflow.tasks(plan, Elements.ACCEPT_REPORT)).as("still waiting for the signer").hasSize(1);
    assertThat(plans.get(plan.id()).state()).isEqualTo(PlanState.REPORTING);

    // returned and submitted again, the new document is presented and approved: its hash is kept with the decision
    workflow.decide(plan, Elements.ACCEPT_REPORT, "RETURN", "Trình lại văn bản đã sửa");
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Báo cáo tổng hợp đã bổ sung."));
    Task again = workflow.task(plan, Elements.ACCEPT_REPORT);
    byte[] newest = rest.withBasicAuth("phobithu", "demo")
        .getForEntity("/api/plans/" + plan.id() + "/report.docx", byte[].class).getBody();
    String newestSha = ReportDocuments.sha256(newest);
    assertThat(tasks.getVariable(again.getId(), "reportSha256")).isEqualTo(newestSha);
    assertThat(approve(again, "phobithu").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Plan closed = plans.get(plan.id());
    assertThat(closed.state()).isEqualTo(PlanState.CLOSED);
    assertThat(closed.history()).filteredOn(e -> "REPORT_APPROVED".equals(e.step())).singleElement()
        .satisfies(e -> {
          assertThat(e.comment()).contains("SHA-256 " + newestSha).containsPattern("số \\d+-BC/TU");
          assertThat(e.by()).isEqualTo("phobithu");
        });
  }

  @Test
  void thePdfIsRenderedFromTheDocumentAndPreviewedAsPng() throws Exception {
    Plan plan = consolidated(provincialPlan("Kế hoạch có bản PDF"), "Kết quả nổi bật: không để xảy ra cháy lớn.");
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("congan", "demo")
        .getForEntity("/api/plans/" + plan.id() + "/report.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("BÁO CÁO", "Kết quả thực hiện Kế hoạch số " + plan.number().text(),
          "T/M BAN THƯỜNG VỤ", "Nơi nhận");
    }
    Path folder = Path.of("target", "report-preview");
    Files.createDirectories(folder);
    Files.write(folder.resolve("bao-cao-tong-ket.docx"), rest.withBasicAuth("congan", "demo")
        .getForEntity("/api/plans/" + plan.id() + "/report.docx", byte[].class).getBody());
    Path file = folder.resolve("bao-cao-tong-ket.pdf");
    Files.write(file, pdf.getBody());
    Process png = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
        folder.resolve("bao-cao-tong-ket").toString()).inheritIO().start();
    assertThat(png.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(png.exitValue()).isZero();
    assertThat(folder.resolve("bao-cao-tong-ket-1.png")).exists().isNotEmptyFile();
  }

  /** The evidence the units attached is listed in the document with each file's full SHA-256. */
  @Test
  void theDocumentListsTheEvidenceAttachedWithItsHash() throws Exception {
    Plan plan = workflow.issued(provincialPlan("Kế hoạch có tài liệu minh chứng"));
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    for (Task task : workflow.workTasks(plan)) {
      workflow.report(task, "Báo cáo của " + tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId());
    }
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    long propaganda = plans.get(plan.id()).assignments().stream().filter(a -> a.unit().equals(PROPAGANDA))
        .findFirst().orElseThrow().id();
    evidence.attach(plan.id(), propaganda, EvidenceService.Upload.of("Ảnh buổi tuyên truyền.png", png.toByteArray(),
        null), new Viewer("tuyengiao", java.util.Set.of(PROPAGANDA), false));
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Đã tổng hợp."));

    byte[] docx = rest.withBasicAuth("congan", "demo").getForEntity("/api/plans/" + plan.id() + "/report.docx",
        byte[].class).getBody();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(paragraphs(doc)).contains("IV. TÀI LIỆU MINH CHỨNG KÈM THEO", "- 1. Ban Tuyên giáo và Dân vận Tỉnh ủy: "
          + "Ảnh buổi tuyên truyền.png (SHA-256 " + ReportDocuments.sha256(png.toByteArray()) + ")");
    }
  }

  /** Issued, received, every unit reported, and the monitoring unit's consolidated text submitted. */
  private Plan consolidated(PlanRequest request, String report) {
    Plan plan = workflow.issued(request);
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    for (Task task : workflow.workTasks(plan)) {
      workflow.report(task, "Báo cáo của " + tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId());
    }
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", report));
    return plans.get(plan.id());
  }

  private ResponseEntity<String> approve(Task task, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>("{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}", headers), String.class);
  }

  private static List<String> cellLines(XWPFTable table, int column) {
    return table.getRow(0).getCell(column).getParagraphs().stream().map(XWPFParagraph::getText)
        .filter(line -> !line.isBlank()).toList();
  }

  private static List<List<String>> rows(XWPFTable table) {
    return table.getRows().stream().map(ReportDocumentTest::cells).toList();
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }

  private static String paragraphs(XWPFDocument doc) {
    return doc.getBodyElements().stream().filter(e -> e instanceof XWPFParagraph)
        .map(e -> ((XWPFParagraph) e).getText()).collect(Collectors.joining("\n"));
  }

  @SuppressWarnings("unused")
  private static boolean isTable(IBodyElement element) {
    return element instanceof XWPFTable;
  }
}
