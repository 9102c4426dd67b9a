package vn.kehoach.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.kehoach.assignment.AssignmentStatus;

/**
 * Lays a {@link ReportContent} out as a .docx in the layout of Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP for State bodies, Hướng dẫn 36-HD/VPTW for Party bodies, as the seeds show them): A4, Times New
 * Roman 14, the header in two columns (issuer on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" or the national motto on the
 * right), the number and the place and date, "BÁO CÁO" and its title, the body, the status table, "Nơi nhận" on the
 * left and the signature block on the right.
 */
public final class ReportDocx {

  static final String FONT = "Times New Roman";
  private static final int BODY_SIZE = 14;
  private static final int SMALL_SIZE = 12;

  private ReportDocx() {}

  public static byte[] write(ReportContent content) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      header(doc, content);
      centred(doc, "BÁO CÁO", true, false, BODY_SIZE, 240);
      centred(doc, content.title(), true, false, BODY_SIZE, 0);
      centred(doc, "-----", false, false, BODY_SIZE, 0);

      heading(doc, "I. KẾT QUẢ THỰC HIỆN");
      for (String paragraph : content.body()) {
        text(doc, paragraph, false);
      }

      heading(doc, "II. KẾT QUẢ CỦA CÁC ĐƠN VỊ");
      int n = 1;
      for (ReportContent.UnitResult unit : content.units()) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        run(p, n++ + ". " + unit.unit() + " (" + unit.role() + "): ", true, false, BODY_SIZE);
        run(p, unit.task(), false, false, BODY_SIZE);
        XWPFParagraph status = paragraph(doc, ParagraphAlignment.BOTH);
        run(status, "Tình hình: ", false, true, BODY_SIZE);
        run(status, unit.status(), false, false, BODY_SIZE);
        XWPFParagraph report = paragraph(doc, ParagraphAlignment.BOTH);
        run(report, "Kết quả: ", false, true, BODY_SIZE);
        run(report, unit.report(), false, false, BODY_SIZE);
      }

      heading(doc, "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
      statusTable(doc, content.statusRows());

      String next = "IV";
      if (!content.unfinished().isEmpty()) {
        heading(doc, "IV. NHIỆM VỤ CHƯA HOÀN THÀNH");
        for (String line : content.unfinished()) {
          text(doc, "- " + line, false);
        }
        next = "V";
      }
      if (!content.evidence().isEmpty()) {
        heading(doc, next + ". TÀI LIỆU MINH CHỨNG KÈM THEO");
        for (String line : content.evidence()) {
          text(doc, "- " + line, false);
        }
      }

      closing(doc, content);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A4, margins of the decree: top and bottom 2 cm, left 3 cm, right 1.5 cm. */
  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
  }

  private static void header(XWPFDocument doc, ReportContent content) {
    XWPFTable table = borderless(doc, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    List<String> issuer = content.headerLeft();
    for (int i = 0; i < issuer.size(); i++) {
      // the superior body plain, the issuer bold (seed 004: "ĐẢNG BỘ TỈNH TRÀ VINH / ĐẢNG ỦY KHỐI ...")
      cellLine(left, issuer.get(i), i == issuer.size() - 1, false, SMALL_SIZE + 1);
    }
    cellLine(left, content.party() ? "*" : "______", false, false, SMALL_SIZE + 1);
    cellLine(left, content.numberText(), false, false, BODY_SIZE);
    if (content.party()) {
      cellLine(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, BODY_SIZE).getRuns().get(0)
          .setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
      cellLine(right, "", false, false, BODY_SIZE);
    } else {
      cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, SMALL_SIZE + 1);
      cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, false, BODY_SIZE).getRuns().get(0)
          .setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    }
    cellLine(right, "", false, false, BODY_SIZE);
    cellLine(right, content.placeAndDate(), false, true, BODY_SIZE);
  }

  private static void statusTable(XWPFDocument doc, List<ReportContent.StatusRow> rows) {
    AssignmentStatus[] statuses = AssignmentStatus.values();
    XWPFTable table = doc.createTable(rows.size() + 1, statuses.length + 1);
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    tableCell(table.getRow(0).getCell(0), "Đơn vị", true, ParagraphAlignment.CENTER);
    for (int c = 0; c < statuses.length; c++) {
      tableCell(table.getRow(0).getCell(c + 1), capitalised(statuses[c].label()), true, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      ReportContent.StatusRow row = rows.get(r);
      tableCell(table.getRow(r + 1).getCell(0), row.label(), row.total(), ParagraphAlignment.LEFT);
      for (int c = 0; c < statuses.length; c++) {
        tableCell(table.getRow(r + 1).getCell(c + 1), String.valueOf(row.count(statuses[c])), row.total(),
            ParagraphAlignment.CENTER);
      }
    }
  }

  /** "Nơi nhận" on the left, the signature on the right, as the seeds end. */
  private static void closing(XWPFDocument doc, ReportContent content) {
    paragraph(doc, ParagraphAlignment.LEFT);
    XWPFTable table = borderless(doc, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph title = left.getParagraphs().get(0);
    XWPFRun r = title.createRun();
    font(r, SMALL_SIZE);
    r.setBold(true);
    r.setItalic(true);
    r.setText("Nơi nhận:");
    for (String recipient : content.recipients()) {
      XWPFParagraph p = left.addParagraph();
      XWPFRun line = p.createRun();
      font(line, SMALL_SIZE - 1);
      line.setText(recipient);
    }
    XWPFParagraph first = right.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun mode = first.createRun();
    font(mode, BODY_SIZE);
    mode.setBold(true);
    mode.setText(content.signsFor());
    cellLine(right, content.signerTitle(), true, false, BODY_SIZE);
  }

  private static XWPFTable borderless(XWPFDocument doc, int columns) {
    XWPFTable table = doc.createTable(1, columns);
    table.setWidth("100%");
    table.removeBorders();
    return table;
  }

  /** A centred line in a header cell; the cell's first, empty paragraph is used first. */
  private static XWPFParagraph cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
    XWPFParagraph p = cellUnused(cell) ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    font(r, size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
    return p;
  }

  private static boolean cellUnused(XWPFTableCell cell) {
    return cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty();
  }

  private static void tableCell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(alignment);
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    font(r, SMALL_SIZE);
    r.setBold(bold);
    r.setText(text);
  }

  private static void centred(XWPFDocument doc, String text, boolean bold, boolean italic, int size, int before) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
    p.setSpacingBefore(before);
    run(p, text, bold, italic, size);
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
    p.setSpacingBefore(120);
    run(p, text, true, false, BODY_SIZE);
  }

  private static void text(XWPFDocument doc, String text, boolean bold) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, text, bold, false, BODY_SIZE);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingAfter(60);
    return p;
  }

  private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    XWPFRun r = p.createRun();
    font(r, size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
  }

  private static void font(XWPFRun run, int size) {
    run.setFontFamily(FONT);
    run.setFontSize(size);
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
