package vn.kehoach.importing;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.organisation.Organisation;

/**
 * Imports a plan document (UTF-8 text, .docx, PDF, or a scan through OCR) as a {@link vn.kehoach.plan.PlanRequest} for a person to check:
 * bodies matched to units where they can be, deadlines read, and a warning for everything to look at.
 *
 * <p>Input that cannot be a plan is refused with a {@link DocumentImportException}: {@link
 * UnsupportedDocumentException} (415), {@link DocumentTooLargeException} (413), {@link NoPlanStructureException}
 * (422), {@link UnreadableDocumentException} (422).
 */
public final class PlanImporter {

  private final PlanDocumentParser parser;
  private final UnitMatcher matcher;
  private final Clock clock;
  private final TesseractOcr ocr;

  public PlanImporter(PlanDocumentParser parser, UnitMatcher matcher, Clock clock) {
    this(parser, matcher, clock, TesseractOcr.defaults());
  }

  public PlanImporter(PlanDocumentParser parser, UnitMatcher matcher, Clock clock, TesseractOcr ocr) {
    this.parser = parser;
    this.matcher = matcher;
    this.clock = clock;
    this.ocr = ocr;
  }

  /** The importer for an organisation, with the project's deadline parser. */
  public static PlanImporter forOrganisation(Organisation organisation, Clock clock) {
    return new PlanImporter(new PlanDocumentParser(new DeadlineParser()), new UnitMatcher(organisation), clock);
  }

  /** This importer, reading scans with {@code ocr}. */
  public PlanImporter withOcr(TesseractOcr ocr) {
    return new PlanImporter(parser, matcher, clock, ocr);
  }

  /**
   * @param referenceDateIfUnknown the date to read deadlines against when the document has no date of issue (nor a
   *     month); today in Vietnam when null
   */
  public ImportResult importText(String text, LocalDate referenceDateIfUnknown) {
    ParsedPlanDocument document = parser.parse(text, referenceDateOrToday(referenceDateIfUnknown));
    return PlanRequestAssembler.assemble(document, matcher);
  }

  /** UTF-8 text bytes, at most {@code maxBytes}. */
  public ImportResult importUtf8(InputStream content, long maxBytes, LocalDate referenceDateIfUnknown) {
    return importText(DocumentBytes.utf8Text(DocumentBytes.readAtMost(content, maxBytes)), referenceDateIfUnknown);
  }

  /** A Word .docx, at most {@code maxBytes}: paragraphs and table cells in order, then the same parser. */
  public ImportResult importDocx(InputStream docx, long maxBytes, LocalDate referenceDateIfUnknown) {
    byte[] bytes = DocumentBytes.readAtMost(docx, maxBytes);
    DocumentBytes.Format format = DocumentBytes.sniff(bytes);
    if (format != DocumentBytes.Format.DOCX) {
      DocumentBytes.refuseUnsupported(format);
      throw new UnsupportedDocumentException("Tệp không phải .docx", "the file is not a .docx document");
    }
    return importText(DocxTextExtractor.extract(bytes), referenceDateIfUnknown);
  }

  /**
   * An upload of any kind, told apart by its first bytes (a .docx is a ZIP archive), not by its name; the name
   * only sharpens the refusal of a file that claims to be Word but is not. A PDF is read by its text layer, a scanned
   * page or an image (PNG, JPEG, TIFF) by OCR.
   */
  public ImportResult importFile(InputStream content, String fileName, long maxBytes,
                                 LocalDate referenceDateIfUnknown) {
    byte[] bytes = DocumentBytes.readAtMost(content, maxBytes);
    DocumentBytes.Format format = DocumentBytes.sniff(bytes);
    if (format == DocumentBytes.Format.DOCX) {
      return importText(DocxTextExtractor.extract(bytes), referenceDateIfUnknown);
    }
    if (format == DocumentBytes.Format.PDF) {
      return importText(PdfTextExtractor.extract(bytes, ocr), referenceDateIfUnknown);
    }
    if (format == DocumentBytes.Format.PNG || format == DocumentBytes.Format.JPEG
        || format == DocumentBytes.Format.TIFF) {
      return importText(ocr.readImage(bytes, format), referenceDateIfUnknown);
    }
    DocumentBytes.refuseUnsupported(format);
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new UnsupportedDocumentException("Tệp .docx bị hỏng hoặc không phải tệp Word",
          "the .docx file is damaged or not a Word document");
    }
    return importText(DocumentBytes.utf8Text(bytes), referenceDateIfUnknown);
  }

  private LocalDate referenceDateOrToday(LocalDate given) {
    return given != null ? given : LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
  }
}
