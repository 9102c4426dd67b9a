package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineForm;

/**
 * Task tables in Word: a real table (rows and cells, not paragraphs) read by its header's column names. The rows are
 * the appendix of Nghị quyết 12/NQ-CP (07/02/2023) of the Government on the Capital (corpus document {@code
 * s-nq-chinh-phu-2023-12-thu-do}: rows I.1, I.2, III.1 and III.4 as written there, and the group row I).
 */
class TaskTableDocxTest {

  private static final String[] HEADER = {"TT", "Nhiệm vụ, đề án, dự án", "Cơ quan chủ trì thực hiện",
      "Cơ quan phối hợp thực hiện", "Thời gian trình", "Cấp trình", "Sản phẩm"};

  private final PlanImporter importer = ImportFixtures.importer();

  @Test
  void readsEachRowOfAWordTaskTableAsALeadAndItsCooperatingBodies() throws IOException {
    byte[] docx = docx(false);

    ImportResult result = importer.importDocx(new ByteArrayInputStream(docx), 1_000_000, LocalDate.of(2023, 2, 7));
    List<ParsedAssignment> assignments = result.document().assignments();

    assertThat(assignments).extracting(ParsedAssignment::body, ParsedAssignment::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Bộ Tư pháp", AssignmentRole.LEAD),
        org.assertj.core.groups.Tuple.tuple("UBND TP Hà Nội", AssignmentRole.COOPERATE),
        org.assertj.core.groups.Tuple.tuple("Bộ Tư pháp", AssignmentRole.LEAD),
        org.assertj.core.groups.Tuple.tuple("UBND TP Hà Nội", AssignmentRole.COOPERATE),
        org.assertj.core.groups.Tuple.tuple("UBND thành phố Hà Nội", AssignmentRole.LEAD),
        org.assertj.core.groups.Tuple.tuple("Bộ Kế hoạch và Đầu tư", AssignmentRole.COOPERATE),
        org.assertj.core.groups.Tuple.tuple("Bộ Xây dựng", AssignmentRole.LEAD),
        org.assertj.core.groups.Tuple.tuple("Bộ Tài nguyên và Môi trường", AssignmentRole.LEAD),
        org.assertj.core.groups.Tuple.tuple("UBND TP Hà Nội", AssignmentRole.COOPERATE));
    assertThat(assignments).allSatisfy(a -> assertThat(a.origin()).isEqualTo(ParsedAssignment.Origin.TASK_TABLE));
    assertThat(assignments.get(0).task()).isEqualTo("Báo cáo tổng kết thi hành Luật Thủ đô");
    // the time column is the deadline: "Quý II/2023" is due by the end of June
    ParsedAssignment planning = assignments.get(4);
    assertThat(planning.deadline().form()).isEqualTo(DeadlineForm.DUE);
    assertThat(planning.deadline().lastDay()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(assignments.get(0).deadline().phrase()).isEqualTo("2022");
    // bodies named only by kind are no assignment
    assertThat(result.document().genericBodies()).extracting(BodyMention::name)
        .contains("Các bộ, ngành", "các đơn vị liên quan", "các cơ quan liên quan");
    // the group row ("I | Hoàn thiện hệ thống pháp luật về Thủ đô") gives no task
    assertThat(assignments).noneMatch(a -> a.task().startsWith("Hoàn thiện hệ thống pháp luật"));
    // the header above the table is read as before
    assertThat(result.document().header().number().asWritten()).isEqualTo("12/NQ-CP");
    assertThat(result.document().header().place()).isEqualTo("Hà Nội");
  }

  @Test
  void aLeadCellMergedDownRepeatsForTheRowsItSpans() throws IOException {
    // rows I.1 and I.2 have the same lead; here its cell is merged over both rows, as Word tables often do
    byte[] docx = docx(true);

    ImportResult result = importer.importDocx(new ByteArrayInputStream(docx), 1_000_000, LocalDate.of(2023, 2, 7));

    assertThat(result.document().assignments()).filteredOn(a -> a.role() == AssignmentRole.LEAD)
        .extracting(ParsedAssignment::body).startsWith("Bộ Tư pháp", "Bộ Tư pháp");
  }

  @Test
  void readsTheSameTableFlattenedWithTabs() {
    String text = String.join("\n", "KẾ HOẠCH", "Thực hiện Nghị quyết của Chính phủ", "",
        String.join("\t", "STT", "Nhiệm vụ, đề án, dự án", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện",
            "Thời gian trình"),
        String.join("\t", "1", "Báo cáo tổng kết thi hành Luật Thủ đô", "Bộ Tư pháp",
            "Các bộ, ngành, UBND TP Hà Nội và các đơn vị liên quan", "2022"),
        String.join("\t", "2", "Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            "UBND thành phố Hà Nội", "Bộ Kế hoạch và Đầu tư và các cơ quan liên quan", "Quý II/2023"));

    ImportResult result = importer.importText(text, LocalDate.of(2023, 2, 7));

    assertThat(result.document().assignments()).extracting(ParsedAssignment::body)
        .containsExactly("Bộ Tư pháp", "UBND TP Hà Nội", "UBND thành phố Hà Nội", "Bộ Kế hoạch và Đầu tư");
    assertThat(result.hasWarning(WarningCode.ASSIGNMENTS_MISSING)).isFalse();
  }

  private static byte[] docx(boolean mergeLead) throws IOException {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : List.of("CHÍNH PHỦ", "Số: 12/NQ-CP", "Hà Nội, ngày 07 tháng 02 năm 2023", "NGHỊ QUYẾT",
          "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 15-NQ/TW",
          "PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ, ĐỀ ÁN, DỰ ÁN")) {
        document.createParagraph().createRun().setText(line);
      }
      XWPFTable table = document.createTable(1, HEADER.length);
      fill(table.getRow(0), HEADER);
      XWPFTableRow group = table.createRow();
      group.getCell(0).setText("I");
      for (int c = 1; c < HEADER.length; c++) {
        group.getCell(c).setText("Hoàn thiện hệ thống pháp luật về Thủ đô");
      }
      XWPFTableRow first = table.createRow();
      fill(first, "1", "Báo cáo tổng kết thi hành Luật Thủ đô", "Bộ Tư pháp",
          "Các bộ, ngành, UBND TP Hà Nội và các đơn vị liên quan", "2022", "Chính phủ", "Báo cáo");
      XWPFTableRow second = table.createRow();
      fill(second, "2", "Hồ sơ đề nghị xây dựng Luật Thủ đô (sửa đổi)", mergeLead ? "" : "Bộ Tư pháp",
          "Các bộ, ngành, UBND TP Hà Nội và các đơn vị liên quan", "2022", "Chính phủ", "Hồ sơ đề nghị");
      if (mergeLead) {
        merge(first.getCell(2), STMerge.RESTART);
        merge(second.getCell(2), STMerge.CONTINUE);
      }
      fill(table.createRow(), "1", "Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
          "UBND thành phố Hà Nội", "Bộ Kế hoạch và Đầu tư và các cơ quan liên quan", "Quý II/2023",
          "Thủ tướng Chính phủ", "Quyết định của Thủ tướng Chính phủ");
      XWPFTableRow fourth = table.createRow();
      fill(fourth, "4", "Kế hoạch di dời các trụ sở của bộ, ban, ngành trung ương ra khỏi trung tâm Thủ đô Hà Nội "
              + "theo quy hoạch; đảm bảo sử dụng tối thiểu 50% quỹ đất sau di dời sử dụng vào mục đích xây dựng công "
              + "trình công cộng, phúc lợi xã hội", "Bộ Xây dựng, Bộ Tài nguyên và Môi trường",
          "Các bộ ngành, UBND TP Hà Nội, các đơn vị liên quan", "2023", "Thủ tướng Chính phủ",
          "Quyết định của Thủ tướng Chính phủ");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(XWPFTableRow row, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setText(cells[c]);
    }
  }

  private static void merge(XWPFTableCell cell, STMerge.Enum how) {
    var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    properties.addNewVMerge().setVal(how);
  }
}
