/**
 * Importing a plan document (UTF-8 text, .docx, PDF, or a scan read by OCR) as a {@link vn.kehoach.plan.PlanRequest} for a person to check.
 *
 * <p>The way through: {@link vn.kehoach.importing.PlanImporter} checks the bytes (size, kind, UTF-8) and reads a .docx
 * with Apache POI, a PDF with PDFBox, a scanned page or an image with Tesseract ({@link
 * vn.kehoach.importing.TesseractOcr}); {@link vn.kehoach.importing.PlanDocumentParser} cleans the text (NFC, Markdown stars, page
 * numbers, hard line breaks), reads the header, the opening sentence, the sections, the assignments with their
 * deadlines (through the project's deadline parser), the monitoring body, "Nơi nhận" and the signature into a
 * {@link vn.kehoach.importing.ParsedPlanDocument}; {@link vn.kehoach.importing.UnitMatcher} finds the unit each body
 * stands for; the result carries the request, the parsed document and a warning for everything to check.
 *
 * <p>Plain Java: no Spring or Camunda types. Input that cannot be a plan raises a
 * {@link vn.kehoach.importing.DocumentImportException} that says its HTTP status.
 */
package vn.kehoach.importing;
