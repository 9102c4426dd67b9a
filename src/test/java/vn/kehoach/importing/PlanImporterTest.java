package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;

class PlanImporterTest {

  private static final long LIMIT = 1_000_000;
  private static final String SEED_001 = "001_d69f44e7a2bdd701.txt";
  private static final String SEED_004 = "004_b87cf12effb29d41.txt";

  private final PlanImporter importer = ImportFixtures.importer();

  // --- input that is not a plan -------------------------------------------------------------------------------

  /**
   * Seed 001: "1. UBND phường: Xây dựng kế hoạch và tổ chức triển khai thực hiện xong trong tháng 4/2024" asks the
   * ward People's Committee, which issues documents, for its own plan; the other items are tasks.
   */
  @Test
  void aTaskAskingForTheBodysOwnPlanIsReadAsSuch() {
    ImportResult result = importer.importText(ImportFixtures.seed(SEED_001), null);
    List<vn.kehoach.plan.PlanRequest.AssignmentRequest> assignments = result.plan().assignments();
    assertThat(assignments.get(0).unit()).isEqualTo("ubnd-phuong");
    assertThat(assignments.get(0).kind()).isEqualTo(vn.kehoach.assignment.AssignmentKind.OWN_PLAN);
    assertThat(assignments.subList(1, assignments.size()))
        .allMatch(a -> a.kind() == vn.kehoach.assignment.AssignmentKind.TASK, "tasks");
    // taken in as issued elsewhere, the kind stays with the unit it was read for; another unit chosen gets a task
    List<Integer> others = java.util.stream.IntStream.range(1, assignments.size()).boxed().toList();
    IssuedPlanImport.Outcome kept = IssuedPlanImport.of(result, IssuedPlanChoices.parse(List.of(), others,
        List.of(), null, null, null));
    assertThat(kept.request().plan().assignments()).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(vn.kehoach.assignment.AssignmentKind.OWN_PLAN));
    IssuedPlanImport.Outcome moved = IssuedPlanImport.of(result, IssuedPlanChoices.parse(List.of("0:hdnd-phuong"),
        others, List.of(), null, null, null));
    assertThat(moved.request().plan().assignments().get(0).kind()).isNotEqualTo(
        vn.kehoach.assignment.AssignmentKind.OWN_PLAN);
    assertThat(OwnPlanPhrases.asksForOwnPlan("Cụ thể hóa bằng kế hoạch của đơn vị")).isTrue();
    assertThat(OwnPlanPhrases.asksForOwnPlan("Tổ chức quán triệt, triển khai thực hiện nghiêm túc Chỉ thị")).isFalse();
  }

  @Test
  void refusesAnEmptyDocument() {
    assertThatThrownBy(() -> importer.importText("", null)).isInstanceOfSatisfying(NoPlanStructureException.class,
        e -> {
          assertThat(e.httpStatus()).isEqualTo(422);
          assertThat(e.messageVi()).isEqualTo("Văn bản trống");
          assertThat(e.messageEn()).isEqualTo("the document is empty");
        });
    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(new byte[0]), "ke-hoach.txt", LIMIT, null))
        .isInstanceOf(NoPlanStructureException.class);
  }

  @Test
  void refusesWhitespace() {
    assertThatThrownBy(() -> importer.importText(" \n\t\r\n\u00A0 \n", null))
        .isInstanceOf(NoPlanStructureException.class);
  }

  @Test
  void refusesBinaryBytes() {
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;

    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(binary), "ke-hoach.txt", LIMIT, null))
        .isInstanceOfSatisfying(UnsupportedDocumentException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(415);
          assertThat(e.getMessage()).contains("nhị phân").contains("binary");
        });
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] legacy = ImportFixtures.seed(SEED_001).getBytes(Charset.forName("windows-1258"));

    assertThatThrownBy(() -> importer.importUtf8(new ByteArrayInputStream(legacy), LIMIT, null))
        .isInstanceOfSatisfying(UnsupportedDocumentException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(415);
          assertThat(e.messageVi()).contains("UTF-8");
          assertThat(e.messageEn()).contains("not valid UTF-8");
        });
    assertThatThrownBy(() -> importer.importUtf8(new ByteArrayInputStream(new byte[] {'K', (byte) 0xC3, '(', 'H'}),
        LIMIT, null)).isInstanceOf(UnsupportedDocumentException.class);
  }

  @Test
  void refusesAPdf() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(pdf), "ke-hoach.pdf", LIMIT, null))
        .isInstanceOfSatisfying(UnsupportedDocumentException.class,
            e -> assertThat(e.getMessage()).contains("PDF"));
  }

  @Test
  void readsProseWithoutPlanStructureAsFarAsItGoesAndWarns() {
    String prose = """
        Hôm nay trời đẹp. Chúng tôi đi dạo quanh hồ và nói chuyện về công việc,
        về gia đình và về những dự định trong năm tới.

        Buổi chiều, mọi người cùng nhau nấu ăn.
        """;

    ImportResult result = importer.importText(prose, null);

    assertThat(result.plan().title()).isNull();
    assertThat(result.plan().assignments()).isEmpty();
    assertThat(result.hasWarning(WarningCode.TITLE_MISSING)).isTrue();
    assertThat(result.hasWarning(WarningCode.ASSIGNMENTS_MISSING)).isTrue();
    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.TITLE_MISSING).singleElement()
        .satisfies(w -> assertThat(w.messageEn()).contains("title"));
  }

  @Test
  void readsAPlanThatAssignsNoWorkAndWarns() {
    String withoutAssignments = """
        KẾ HOẠCH
        Tuyên truyền phòng cháy năm 2024

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao ý thức của cán bộ.

        II. NHIỆM VỤ
        1. Tuyên truyền kiến thức phòng cháy.
        """;

    ImportResult result = importer.importText(withoutAssignments, null);

    assertThat(result.plan().title()).isEqualTo("Tuyên truyền phòng cháy năm 2024");
    assertThat(result.document().header().kindCode()).isEqualTo("KH");
    assertThat(result.plan().assignments()).isEmpty();
    assertThat(result.hasWarning(WarningCode.ASSIGNMENTS_MISSING)).isTrue();
    assertThat(result.hasWarning(WarningCode.TITLE_MISSING)).isFalse();
    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.ASSIGNMENTS_MISSING).singleElement()
        .satisfies(w -> assertThat(w.messageVi()).contains("Tổ chức thực hiện"));
  }

  @Test
  void refusesADocumentOverTheLimit() {
    byte[] seed = ImportFixtures.seed(SEED_001).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(seed), "ke-hoach.txt", seed.length - 1,
        null)).isInstanceOfSatisfying(DocumentTooLargeException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(413);
          assertThat(e.limitBytes()).isEqualTo(seed.length - 1);
          assertThat(e.getMessage()).contains("vượt quá").contains("larger than");
        });
    assertThat(importer.importFile(new ByteArrayInputStream(seed), "ke-hoach.txt", seed.length, null).plan())
        .isNotNull();
  }

  @Test
  void refusesACorruptDocx() {
    byte[] corrupt = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 600);
    Arrays.fill(corrupt, 10, 600, (byte) 0x5A);

    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(corrupt), LIMIT, null))
        .isInstanceOfSatisfying(UnsupportedDocumentException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(415);
          assertThat(e.messageEn()).contains("damaged");
        });
    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(corrupt), "ke-hoach.docx", LIMIT, null))
        .isInstanceOf(UnsupportedDocumentException.class);
  }

  @Test
  void refusesTextOrAnOldWordFileSentAsDocx() {
    byte[] text = ImportFixtures.seed(SEED_001).getBytes(StandardCharsets.UTF_8);
    byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(text), LIMIT, null))
        .isInstanceOf(UnsupportedDocumentException.class);
    assertThatThrownBy(() -> importer.importFile(new ByteArrayInputStream(oldWord), "ke-hoach.doc", LIMIT, null))
        .isInstanceOfSatisfying(UnsupportedDocumentException.class, e -> assertThat(e.getMessage()).contains(".doc"));
  }

  // --- input that is a plan -----------------------------------------------------------------------------------

  @Test
  void readsUtf8BytesWithAByteOrderMarkLikeTheText() {
    String seed = ImportFixtures.seed(SEED_001);
    byte[] withBom = ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_8);

    ImportResult fromBytes = importer.importUtf8(new ByteArrayInputStream(withBom), LIMIT, LocalDate.of(2024, 4, 1));

    assertThat(fromBytes.plan()).isEqualTo(importer.importText(seed, LocalDate.of(2024, 4, 1)).plan());
  }

  @Test
  void aDocxWithSeed001ParsesLikeTheText() throws IOException {
    String seed = ImportFixtures.seed(SEED_001);
    List<String> lines = seed.lines().filter(line -> !line.isBlank()).toList();
    byte[] docx = docx(document -> lines.forEach(line -> document.createParagraph().createRun().setText(line)));

    ImportResult fromDocx = importer.importDocx(new ByteArrayInputStream(docx), LIMIT, LocalDate.of(2024, 4, 1));
    ImportResult fromText = importer.importText(seed, LocalDate.of(2024, 4, 1));

    assertThat(fromDocx.plan()).isEqualTo(fromText.plan());
    assertThat(fromDocx.document().signature()).usingRecursiveComparison().ignoringFields("line")
        .isEqualTo(fromText.document().signature());
    assertThat(fromDocx.warnings()).extracting(ImportWarning::code)
        .containsExactlyElementsOf(fromText.warnings().stream().map(ImportWarning::code).toList());
    assertThat(importer.importFile(new ByteArrayInputStream(docx), "tai-lieu.bin", LIMIT, LocalDate.of(2024, 4, 1))
        .plan()).isEqualTo(fromText.plan());
  }

  /**
   * Hidden characters in a document are removed, not refused (nobody typed them; Word keeps direction marks): the
   * plan read is the one read from the clean text, in NFC, with no control, bidi or invisible character left.
   */
  @Test
  void controlBidiAndInvisibleCharactersInADocumentAreRemoved() throws IOException {
    String seed = ImportFixtures.seed(SEED_001);
    String title = "Triển khai thực hiện Chỉ thị số 31-CT/TU";
    String task = "1. UBND phường: Xây dựng kế hoạch";
    assertThat(seed).contains(title, task);
    String hostile = seed
        .replace(title, Normalizer.normalize("Triển\u202E khai\u200B thực\u0007 hiện\u00AD Chỉ\u2066 thị số "
            + "31-CT/TU\u2069", Normalizer.Form.NFD))
        .replace(task, "1. UBND\u001B phường\u200F: Xây\uFEFF dựng kế\u0085 hoạch");
    LocalDate date = LocalDate.of(2024, 4, 1);
    PlanRequest clean = importer.importText(seed, date).plan();

    PlanRequest fromText = importer.importText(hostile, date).plan();
    assertThat(fromText).isEqualTo(clean);

    // XML 1.0 allows no C0 control but the tab and line breaks: a Word document holds only the others
    String inWord = hostile.replace("\u0007", "").replace("\u001B", "");
    List<String> lines = inWord.lines().filter(line -> !line.isBlank()).toList();
    byte[] docx = docx(document -> lines.forEach(line -> document.createParagraph().createRun().setText(line)));
    PlanRequest fromDocx = importer.importDocx(new ByteArrayInputStream(docx), LIMIT, date).plan();
    assertThat(fromDocx).isEqualTo(clean);
    assertThat(fromDocx.title()).contains("Triển khai thực hiện Chỉ thị số 31-CT/TU")
        .isEqualTo(Normalizer.normalize(fromDocx.title(), Normalizer.Form.NFC));
    assertThat(fromDocx.assignments().get(0).task()).startsWith("Xây dựng kế hoạch");
  }

  @Test
  void readsTheHeaderAndSignatureFromDocxTables() throws IOException {
    List<String> body = ImportFixtures.seed(SEED_004).lines().map(String::strip)
        .dropWhile(line -> !line.equals("KẾ HOẠCH")).takeWhile(line -> !line.startsWith("Nơi nhận"))
        .filter(line -> !line.isEmpty()).toList();
    byte[] docx = docx(document -> {
      XWPFTable header = document.createTable(1, 2);
      cell(header.getRow(0).getCell(0), "ĐẢNG BỘ TỈNH TRÀ VINH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP", "*",
          "Số 37-KH/ĐUK");
      cell(header.getRow(0).getCell(1), "ĐẢNG CỘNG SẢN VIỆT NAM", "Trà Vinh, ngày 01 tháng 11 năm 2021");
      body.forEach(line -> document.createParagraph().createRun().setText(line));
      XWPFTable footer = document.createTable(1, 2);
      cell(footer.getRow(0).getCell(0), "Nơi nhận:", "- Văn phòng Tỉnh ủy,", "- Lưu Văn phòng Đảng ủy Khối.");
      cell(footer.getRow(0).getCell(1), "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Kim Phụng");
    });

    ImportResult result = importer.importDocx(new ByteArrayInputStream(docx), LIMIT, null);

    DocumentHeader header = result.document().header();
    assertThat(header.issuingBody()).isEqualTo("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP");
    assertThat(header.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH TRÀ VINH");
    assertThat(header.number().number()).isEqualTo("37-KH/ĐUK");
    assertThat(header.date().date()).isEqualTo(LocalDate.of(2021, 11, 1));
    assertThat(result.plan().assignments()).hasSize(3);
    assertThat(result.plan().recipients()).extracting(PlanRequest.RecipientRequest::unit)
        .containsExactly("van-phong-tinh-uy", null);
    Signature signature = result.document().signature();
    assertThat(signature.mode()).isEqualTo("T/M");
    assertThat(signature.title()).isEqualTo("PHÓ BÍ THƯ");
    assertThat(signature.name()).isEqualTo("Trần Thị Kim Phụng");
    assertThat(result.hasWarning(WarningCode.SIGNATURE_INCOMPLETE)).isFalse();
  }

  @Test
  void withoutADateOrAGivenDateDeadlinesAreReadAgainstToday() {
    ImportResult result = importer.importText(ImportFixtures.seed("000_3e6cd02d4f02010f.txt"), null);

    assertThat(result.referenceDate()).isEqualTo(LocalDate.of(2024, 6, 15));
  }

  @Test
  void theRequestCarriesThePhraseAsWrittenAndNoDueDate() {
    PlanRequest plan = importer.importText(ImportFixtures.seed(SEED_001), LocalDate.of(2024, 4, 1)).plan();

    assertThat(plan.assignments()).extracting(AssignmentRequest::dueDate).containsOnlyNulls();
    assertThat(plan.assignments().get(0).deadline()).isEqualTo("thực hiện xong trong tháng 4/2024");
    assertThat(plan.drafter()).isNull();
  }

  @Test
  void warnsWhereAndWhy() {
    String seed = ImportFixtures.seed("000_3e6cd02d4f02010f.txt");

    ImportResult result = importer.importText(seed, LocalDate.of(2026, 3, 1));

    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.BODY_UNMATCHED)
        .anySatisfy(w -> {
          assertThat(w.line()).isEqualTo(84);
          assertThat(w.excerpt()).isEqualTo("- Đảng ủy Công an Trung ương,");
          assertThat(w.messageVi()).contains("\"Đảng ủy Công an Trung ương\"")
              .contains("gần nhất: \"Đảng ủy Công an tỉnh\"");
          assertThat(w.messageEn()).contains("closest: \"Đảng ủy Công an tỉnh\" (0.73)");
        });
    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.DEADLINE_MISSING)
        .extracting(ImportWarning::line).containsExactly(71, 73, 75);
    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.NUMBER_MISSING).singleElement()
        .satisfies(w -> assertThat(w.line()).isZero());
  }

  @Test
  void warnsOfAFuzzyMatchWithItsScore() {
    String plan = PlanDocumentParserTest.STATE_PLAN.replace("Thanh tra Sở:", "Hội đồng nhân dân:");

    ImportResult result = importer.importText(plan, null);

    assertThat(result.plan().assignments()).extracting(AssignmentRequest::unit).contains("hdnd-phuong");
    assertThat(result.warnings()).filteredOn(w -> w.code() == WarningCode.BODY_FUZZY_MATCH).singleElement()
        .satisfies(w -> {
          assertThat(w.messageVi()).contains("Hội đồng nhân dân phường").contains("0.89");
          assertThat(w.messageEn()).contains("score 0.89");
        });
  }

  @Test
  void warnsWhenNoMonitoringBodyNorSignatureIsFound() {
    String plan = PlanDocumentParserTest.STATE_PLAN
        .replace("3. Văn phòng Sở theo dõi, đôn đốc, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện./.", "")
        .replace("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n", "");

    ImportResult result = importer.importText(plan, null);

    assertThat(result.plan().monitoringUnit()).isNull();
    assertThat(result.document().signature()).isNull();
    assertThat(result.warnings()).extracting(ImportWarning::code)
        .contains(WarningCode.MONITORING_MISSING, WarningCode.SIGNATURE_MISSING);
  }

  private interface DocxContent {
    void write(XWPFDocument document);
  }

  private static byte[] docx(DocxContent content) throws IOException {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.write(document);
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void cell(XWPFTableCell cell, String... paragraphs) {
    cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
    for (int i = 1; i < paragraphs.length; i++) {
      cell.addParagraph().createRun().setText(paragraphs[i]);
    }
  }
}
