package vn.kehoach.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx in reading order: paragraphs, and table cells row by row (the header's two columns, the
 * "Nơi nhận" and signature columns). Paragraphs are separated by an empty line, as the parser expects of Word text.
 */
final class DocxTextExtractor {

  private DocxTextExtractor() {}

  /** The document's text; a document past {@link DocxLimits} is refused before POI reads it. */
  static String extract(byte[] docx) {
    DocxLimits.check(docx);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      append(document.getBodyElements(), text);
      return DocxLimits.text(text.toString());
    } catch (DocumentImportException refused) {
      throw refused;
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or foreign file with IOException, POIXMLException, NotOfficeXmlFileException ...
      throw new UnsupportedDocumentException("Tệp .docx bị hỏng hoặc không phải tệp Word",
          "the .docx file is damaged or not a Word document", e);
    }
  }

  /**
   * A task table keeps its rows: one line a row, "| cell | cell |", which {@link TaskTableReader} reads by its
   * header. A cell merged down from the row above (vertical merge) repeats that row's text, as a reader sees it.
   */
  private static void appendTaskTable(XWPFTable table, StringBuilder text) {
    List<String> above = List.of();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new java.util.ArrayList<>();
      List<XWPFTableCell> tableCells = row.getTableCells();
      for (int c = 0; c < tableCells.size(); c++) {
        XWPFTableCell cell = tableCells.get(c);
        boolean continued = isMergedFromAbove(cell);
        cells.add(continued && c < above.size() ? above.get(c) : cellText(cell));
      }
      text.append("| ").append(String.join(" | ", cells)).append(" |\n");
      above = cells;
    }
    text.append('\n');
  }

  private static boolean isMergedFromAbove(XWPFTableCell cell) {
    var properties = cell.getCTTc().getTcPr();
    if (properties == null || properties.getVMerge() == null) {
      return false;
    }
    var value = properties.getVMerge().getVal();
    return value == null || "continue".equals(value.toString());
  }

  private static List<String> cellTexts(XWPFTableRow row) {
    return row == null ? List.of() : row.getTableCells().stream().map(DocxTextExtractor::cellText).toList();
  }

  /** A cell's paragraphs on one line: "; " between names listed one a paragraph, " " after a sentence's end. */
  private static String cellText(XWPFTableCell cell) {
    StringBuilder text = new StringBuilder();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      String part = paragraph.getText().replace('|', '/').replaceAll("[\\r\\n\\t]+", " ").strip();
      if (part.isEmpty()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(LinePatterns.endsSentence(text.toString()) || text.toString().endsWith(",") ? " " : "; ");
      }
      text.append(part);
    }
    return text.toString();
  }

  private static void append(List<IBodyElement> elements, StringBuilder text) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        text.append(paragraph.getText()).append("\n\n");
      } else if (element instanceof XWPFTable table) {
        if (TaskTableReader.isTaskTable(cellTexts(table.getRows().isEmpty() ? null : table.getRows().get(0)))) {
          appendTaskTable(table, text);
          continue;
        }
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            append(cell.getBodyElements(), text);
          }
        }
      }
    }
  }
}
