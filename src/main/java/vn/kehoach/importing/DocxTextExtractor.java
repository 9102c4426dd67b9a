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

  private static void append(List<IBodyElement> elements, StringBuilder text) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        text.append(paragraph.getText()).append("\n\n");
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            append(cell.getBodyElements(), text);
          }
        }
      }
    }
  }
}
