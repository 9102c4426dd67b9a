package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.importing.DocumentHeader.IssuingBodySource;

/**
 * Reads a plan document's text (from PDF or Word, with hard line breaks, page numbers, bold markup, NFD or NFC) into
 * its header, the documents it carries out, its sections, its assignments with deadlines, the monitoring body, its
 * recipients and its signature. Knows nothing of the organisation: matching bodies to units comes after.
 */
public final class PlanDocumentParser {

  private final DeadlineParser deadlines;

  public PlanDocumentParser(DeadlineParser deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * @param referenceDateIfUnknown the date to read deadlines against when the document has neither a date nor a
   *     month of issue
   * @throws NoPlanStructureException when the text is empty or holds nothing but blanks; a text without a title or
   *     without assignments (an excerpt, a letter that only informs) is read as far as it goes, and the assembler
   *     warns of what is missing
   */
  public ParsedPlanDocument parse(String text, LocalDate referenceDateIfUnknown) {
    Objects.requireNonNull(referenceDateIfUnknown, "referenceDateIfUnknown");
    if (text == null || text.isBlank()) {
      throw new NoPlanStructureException("Văn bản trống", "the document is empty");
    }
    TaskTableReader.Reading tables = TaskTableReader.read(text);
    List<Paragraph> paragraphs =
        RunOnHeader.split(ParagraphJoiner.join(CrawlCaption.strip(TextCleaner.clean(tables.rest()))));
    if (paragraphs.isEmpty()) {
      throw new NoPlanStructureException("Văn bản trống", "the document is empty");
    }
    HeaderReader.Reading header = HeaderReader.read(paragraphs);
    int recipientsIndex = RecipientReader.labelIndex(paragraphs, header.contentStart());
    int contentEnd = contentEnd(paragraphs, header.contentStart(), recipientsIndex);
    int attachment = attachmentStart(paragraphs, contentEnd);
    SectionReader.Reading content = SectionReader.read(paragraphs.subList(header.contentStart(), contentEnd));
    if (attachment >= 0) {
      // a decision's attached plan or programme, after its signature: its sections carry the tasks
      SectionReader.Reading attached = SectionReader.read(paragraphs.subList(attachment, paragraphs.size()));
      List<Section> sections = new ArrayList<>(content.sections());
      sections.addAll(attached.sections());
      content = new SectionReader.Reading(content.leading(), sections);
    }
    PreambleReader.Reading preamble = PreambleReader.read(opening(content.leading()), header.title(),
        header.titleLine());

    LocalDate referenceDate = referenceDate(header.date(), referenceDateIfUnknown);
    AssignmentReader.Reading work = AssignmentReader.read(content, preamble.addressedBodies(), tables.rows(),
        deadlines, referenceDate);
    List<ParsedRecipient> recipients = RecipientReader.read(paragraphs, recipientsIndex, header.addressees());
    List<String> recipientsAsWritten = recipientsIndex >= 0 ? RecipientReader.asWritten(paragraphs, recipientsIndex)
        : header.addressees().stream().map(BodyMention::name).toList();
    Signature signature = SignatureReader.read(attachment < 0 ? paragraphs : paragraphs.subList(0, attachment),
        contentEnd);

    return new ParsedPlanDocument(documentHeader(header, preamble), referenceDate, preamble.implementedDocuments(),
        content.sections(), work.assignments(), work.monitoringBody(), work.genericBodies(), header.addressees(),
        recipients, recipientsAsWritten, signature, paragraphs);
  }

  /** The content ends at "Nơi nhận" or at the signature block, whichever comes first. */
  private static int contentEnd(List<Paragraph> paragraphs, int from, int recipientsIndex) {
    for (int i = from; i < paragraphs.size(); i++) {
      if (i == recipientsIndex || LinePatterns.SIGNATURE_MODE.matcher(paragraphs.get(i).text()).matches()) {
        return i;
      }
    }
    return paragraphs.size();
  }

  /**
   * Where a document attached after the signature starts ("KẾ HOẠCH" / "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "QUY CHẾ" in
   * capitals, after "Nơi nhận" and the signature block), or -1.
   */
  private static int attachmentStart(List<Paragraph> paragraphs, int contentEnd) {
    boolean signed = false;
    for (int i = contentEnd; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i).text();
      if (LinePatterns.SIGNATURE_MODE.matcher(text).matches() || SignatureReader.looksLikeName(text)) {
        signed = true;
      } else if (signed && VietnameseText.isUpperCase(text) && text.length() <= 60
          && DocumentKinds.startsWithKind(text)) {
        return i;
      }
    }
    return -1;
  }

  /** The paragraphs before the first numbered item: the opening sentence(s). */
  private static List<Paragraph> opening(List<Paragraph> leading) {
    List<Paragraph> opening = new ArrayList<>();
    for (Paragraph paragraph : leading) {
      if (LinePatterns.NUMBERED.matcher(paragraph.text()).matches()) {
        break;
      }
      opening.add(paragraph);
    }
    return opening;
  }

  private static LocalDate referenceDate(DocumentDateText date, LocalDate ifUnknown) {
    LocalDate written = date == null ? null : date.earliestDate();
    return written != null ? written : ifUnknown;
  }

  private static DocumentHeader documentHeader(HeaderReader.Reading header, PreambleReader.Reading preamble) {
    String issuingBody = header.issuingBody();
    int issuingLine = header.issuingBodyLine();
    IssuingBodySource source = IssuingBodySource.HEADER;
    if (issuingBody == null && preamble.issuingBody() != null) {
      issuingBody = preamble.issuingBody().name();
      issuingLine = preamble.issuingBody().line();
      source = IssuingBodySource.OPENING_SENTENCE;
    } else if (issuingBody == null) {
      source = IssuingBodySource.NONE;
    }
    String title = header.title() == null || header.title().isBlank() ? null : header.title();
    return new DocumentHeader(issuingBody, header.superiorBody(), source, issuingLine, header.number(),
        header.date(), header.kind(), title, header.titleLine(), header.date() == null ? null : header.date().place(),
        header.kindCode());
  }
}
