package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.plan.RecipientPurpose;

class PlanDocumentParserTest {

  /** A State plan with every part: header in two columns' order, sections I, II, IV, a page number between. */
  static final String STATE_PLAN = """
      UBND TỈNH BẮC GIANG
      SỞ NGOẠI VỤ

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc

      Số: 20/KH-SNgV

      Bắc Giang, ngày 15 tháng 4 năm 2024

      **KẾ HOẠCH**

      Tuyên truyền phòng cháy, chữa cháy năm 2024

      Triển khai thực hiện Kế hoạch số 25/KH-UBND ngày 04/4/2024 của UBND tỉnh Bắc Giang về tăng cường công tác \
      phòng cháy, chữa cháy, Sở Ngoại vụ ban hành kế hoạch như sau:

      I. MỤC ĐÍCH, YÊU CẦU

      Nâng cao ý thức của cán bộ, công chức.

      II. NHIỆM VỤ

      1. Tuyên truyền kiến thức phòng cháy.

      - 2 -

      IV. TỔ CHỨC THỰC HIỆN

      1. Giao Văn phòng Sở chủ trì, phối hợp với Phòng Lãnh sự, Phòng Hợp tác quốc tế xây dựng kế hoạch, hoàn \
      thành trước ngày 15/5/2024.

      2. Thanh tra Sở: kiểm tra việc thực hiện trong quý II/2024.

      3. Văn phòng Sở theo dõi, đôn đốc, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện./.

      Nơi nhận:
      - UBND tỉnh (để b/c);
      - Các phòng, đơn vị thuộc Sở (để thực hiện);
      - Lưu: VT, VP.

      KT. GIÁM ĐỐC
      PHÓ GIÁM ĐỐC

      Nguyễn Văn An
      """;

  private final PlanDocumentParser parser = new PlanDocumentParser(new DeadlineParser());

  @Test
  void readsTheHeader() {
    DocumentHeader header = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1)).header();

    assertThat(header.issuingBody()).isEqualTo("SỞ NGOẠI VỤ");
    assertThat(header.superiorBody()).isEqualTo("UBND TỈNH BẮC GIANG");
    assertThat(header.issuingBodySource()).isEqualTo(DocumentHeader.IssuingBodySource.HEADER);
    assertThat(header.number().number()).isEqualTo("20/KH-SNgV");
    assertThat(header.number().partyStyle()).isFalse();
    assertThat(header.date().date()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(header.date().place()).isEqualTo("Bắc Giang");
    assertThat(header.kind()).isEqualTo("KẾ HOẠCH");
    assertThat(header.title()).isEqualTo("Tuyên truyền phòng cháy, chữa cháy năm 2024");
  }

  @Test
  void readsTheDocumentsCarriedOut() {
    ParsedPlanDocument document = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1));

    assertThat(document.implementedDocuments()).singleElement().satisfies(cited -> {
      assertThat(cited.number()).isEqualTo("25/KH-UBND");
      assertThat(cited.kindCode()).isEqualTo("KH");
      assertThat(cited.date()).isEqualTo(LocalDate.of(2024, 4, 4));
      assertThat(cited.issuer()).isEqualTo("UBND tỉnh Bắc Giang");
      assertThat(cited.subject()).isEqualTo("tăng cường công tác phòng cháy, chữa cháy");
    });
  }

  @Test
  void readsSectionsWhoseNumberingJumpsAndSkipsThePageNumber() {
    ParsedPlanDocument document = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1));

    assertThat(document.sections()).extracting(Section::numeral, Section::heading).containsExactly(
        tuple("I", "MỤC ĐÍCH, YÊU CẦU"), tuple("II", "NHIỆM VỤ"), tuple("IV", "TỔ CHỨC THỰC HIỆN"));
    assertThat(document.paragraphs()).extracting(Paragraph::text).doesNotContain("- 2 -");
  }

  @Test
  void readsLeadAndCooperatingBodiesAndTheirDeadlines() {
    ParsedPlanDocument document = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1));

    assertThat(document.assignments()).extracting(ParsedAssignment::body, ParsedAssignment::role).containsExactly(
        tuple("Văn phòng Sở", AssignmentRole.LEAD),
        tuple("Phòng Lãnh sự", AssignmentRole.COOPERATE),
        tuple("Phòng Hợp tác quốc tế", AssignmentRole.COOPERATE),
        tuple("Thanh tra Sở", AssignmentRole.LEAD),
        tuple("Văn phòng Sở", AssignmentRole.LEAD));
    ParsedAssignment first = document.assignments().get(0);
    assertThat(first.task()).startsWith("Chủ trì, phối hợp với Phòng Lãnh sự");
    assertThat(first.deadline().form()).isEqualTo(DeadlineForm.DUE);
    assertThat(first.deadline().matched()).contains("trước ngày 15/5/2024");
    assertThat(first.deadline().lastDay()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(document.assignments().get(1).deadline()).isEqualTo(first.deadline());
    ParsedAssignment inspection = document.assignments().get(3);
    assertThat(inspection.task()).isEqualTo("Kiểm tra việc thực hiện trong quý II/2024.");
    assertThat(inspection.deadline().lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(inspection.origin()).isEqualTo(ParsedAssignment.Origin.IMPLEMENTATION_SECTION);
  }

  @Test
  void findsTheMonitoringBody() {
    ParsedPlanDocument document = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1));

    assertThat(document.monitoringBody().name()).isEqualTo("Văn phòng Sở");
  }

  @Test
  void readsRecipientsAndTheirPurpose() {
    ParsedPlanDocument document = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1));

    assertThat(document.recipients()).extracting(ParsedRecipient::name, ParsedRecipient::purpose).containsExactly(
        tuple("UBND tỉnh", RecipientPurpose.INFORM),
        tuple("Các phòng, đơn vị thuộc Sở", RecipientPurpose.EXECUTE),
        tuple("VT", RecipientPurpose.ARCHIVE),
        tuple("VP", RecipientPurpose.ARCHIVE));
  }

  @Test
  void readsTheSignatureBlock() {
    Signature signature = parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1)).signature();

    assertThat(signature.mode()).isEqualTo("KT.");
    assertThat(signature.onBehalfOf()).isEqualTo("GIÁM ĐỐC");
    assertThat(signature.title()).isEqualTo("PHÓ GIÁM ĐỐC");
    assertThat(signature.name()).isEqualTo("Nguyễn Văn An");
    assertThat(signature.complete()).isTrue();
  }

  @Test
  void readsDecomposedTextLikeComposedText() {
    String decomposed = Normalizer.normalize(STATE_PLAN, Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo(STATE_PLAN);
    assertThat(parser.parse(decomposed, LocalDate.of(2000, 1, 1))).isEqualTo(
        parser.parse(STATE_PLAN, LocalDate.of(2000, 1, 1)));
  }

  @Test
  void readsWindowsLineEndsOddSpacesAndBoldLikePlainText() {
    String messy = STATE_PLAN.replace("\n", "\r\n").replace("Văn phòng Sở chủ trì", "**Văn\u00A0phòng  Sở**\tchủ trì")
        .replace("Thanh tra Sở:", "Thanh tra\u200B Sở :");

    ParsedPlanDocument document = parser.parse(messy, LocalDate.of(2000, 1, 1));

    assertThat(document.assignments()).extracting(ParsedAssignment::body).containsExactly("Văn phòng Sở",
        "Phòng Lãnh sự", "Phòng Hợp tác quốc tế", "Thanh tra Sở", "Văn phòng Sở");
    assertThat(document.header().title()).isEqualTo("Tuyên truyền phòng cháy, chữa cháy năm 2024");
  }

  @Test
  void joinsHardWrappedLinesAndDropsAGluedPageNumber() {
    String seed = ImportFixtures.seed("001_d69f44e7a2bdd701.txt");

    ParsedPlanDocument document = parser.parse(seed, LocalDate.of(2024, 4, 1));

    assertThat(document.header().title()).startsWith("Triển khai thực hiện Chỉ thị số 31-CT/TU ngày 04/3/2024 của "
        + "Ban Thường vụ Tỉnh ủy về tăng cường");
    assertThat(document.paragraphs()).extracting(Paragraph::text)
        .anyMatch(text -> text.contains("phục vụ công tác phòng cháy, chữa cháy (giao thông, nguồn nước"))
        .noneMatch(text -> text.contains("phòng cháy, 3 chữa cháy"));
  }

  @Test
  void aBlankNumberKeepsItsTypeAndABlankDayKeepsItsMonth() {
    String draft = STATE_PLAN.replace("Số: 20/KH-SNgV", "Số:      /BC-SNgV")
        .replace("ngày 15 tháng 4 năm 2024", "ngày    tháng 4 năm 2024");

    ParsedPlanDocument document = parser.parse(draft, LocalDate.of(2000, 1, 1));

    assertThat(document.header().number().number()).isNull();
    assertThat(document.header().number().type()).isEqualTo("BC");
    assertThat(document.header().number().issuerCode()).isEqualTo("SNgV");
    assertThat(document.header().date().date()).isNull();
    assertThat(document.header().date().month()).isEqualTo(4);
    assertThat(document.header().date().year()).isEqualTo(2024);
    assertThat(document.referenceDate()).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void withoutADateDeadlinesAreReadAgainstTheCallersDate() {
    String undated = STATE_PLAN.replace("Bắc Giang, ngày 15 tháng 4 năm 2024", "");

    ParsedPlanDocument document = parser.parse(undated, LocalDate.of(2024, 3, 10));

    assertThat(document.header().date()).isNull();
    assertThat(document.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 10));
  }

  @Test
  void readsAPartyNumberAndItsCitations() {
    DocumentNumberText number = HeaderReader.number("Số 37-KH/ĐUK", 3);
    DocumentNumberText spaced = HeaderReader.number("Số 2639 - CV/TU", 3);

    assertThat(number.number()).isEqualTo("37-KH/ĐUK");
    assertThat(number.partyStyle()).isTrue();
    assertThat(spaced.number()).isEqualTo("2639-CV/TU");
    assertThat(CitationReader.read("Thực hiện Chỉ thị số 02-CT/TW, ngày 31/01/2026 của Ban Bí thư về tăng cường "
        + "sự lãnh đạo của Đảng", 200, 1)).singleElement().satisfies(cited -> {
          assertThat(cited.number()).isEqualTo("02-CT/TW");
          assertThat(cited.kindName()).isEqualTo("Chỉ thị");
          assertThat(cited.kindCode()).isEqualTo("CT");
          assertThat(cited.date()).isEqualTo(LocalDate.of(2026, 1, 31));
          assertThat(cited.issuer()).isEqualTo("Ban Bí thư");
        });
    assertThat(CitationReader.read("Công điện số 31/CĐ - TTg ngày 04/4/2024 của Thủ tướng Chính phủ", 100, 1))
        .extracting(CitedDocument::number, CitedDocument::kindCode).containsExactly(tuple("31/CĐ-TTg", "CĐ"));
  }

  @Test
  void splitsAnItemIntoItsBodyAndTask() {
    assertThat(BodyClauseReader.read("UBND phường: Xây dựng kế hoạch", false))
        .isEqualTo(new BodyClause("UBND phường", java.util.List.of(), "Xây dựng kế hoạch"));
    assertThat(BodyClauseReader.read("Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra", false).lead())
        .isEqualTo("Ủy ban Kiểm tra Tỉnh ủy");
    assertThat(BodyClauseReader.read("Ban Tổ chức Tỉnh ủy tham mưu", false).lead()).isEqualTo("Ban Tổ chức Tỉnh ủy");
    assertThat(BodyClauseReader.read("Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phường đẩy mạnh "
        + "tuyên truyền", false).lead()).isEqualTo("Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phường");
    assertThat(BodyClauseReader.read("Tăng cường phổ biến, quán triệt", false).lead()).isNull();
    assertThat(BodyClauseReader.read("Giao Chi bộ Công an phường chủ trì, phối hợp với Văn phòng Đảng ủy phường "
        + "theo dõi, đôn đốc", false).cooperating()).containsExactly("Văn phòng Đảng ủy phường");
    assertThat(BodyClauseReader.read("Văn phòng Sở chủ trì, phối hợp với “Tổ tự quản phòng cháy, chữa cháy”.", true)
        .cooperating()).containsExactly("Tổ tự quản phòng cháy, chữa cháy");
  }
}
