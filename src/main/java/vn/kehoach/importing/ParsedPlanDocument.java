package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser read in a plan document, before any matching to the organisation.
 *
 * @param referenceDate the date deadlines were read against: the document's date, the first day of its month when
 *     the day is blank, else the date the caller gave
 * @param implementedDocuments the documents the plan carries out, from its opening "Thực hiện ..." sentence and its
 *     title, in order, each once
 * @param assignments in document order; a lead body and its cooperating bodies follow each other
 * @param monitoringBody the body told to monitor, urge and report ("theo dõi, đôn đốc ... tổng hợp, báo cáo"), null
 *     when none
 * @param genericBodies cooperating bodies named only by kind ("các cơ quan liên quan"): no assignment was made
 *     for them
 * @param addressees the "Kính gửi" list of a letter, empty for a plan
 * @param recipientsAsWritten the entries of "Nơi nhận" as written, one a paragraph, without bullet and list
 *     punctuation ("Thủ tướng, các PTTg CP (để b/c)", "Lưu: VT, TH"); a letter without "Nơi nhận" gives its "Kính
 *     gửi" list
 * @param signature null when no signature block was found
 * @param paragraphs the whole text as paragraphs, for callers that show the source
 */
public record ParsedPlanDocument(DocumentHeader header, LocalDate referenceDate,
                                 List<CitedDocument> implementedDocuments, List<Section> sections,
                                 List<ParsedAssignment> assignments, BodyMention monitoringBody,
                                 List<BodyMention> genericBodies, List<BodyMention> addressees,
                                 List<ParsedRecipient> recipients, List<String> recipientsAsWritten,
                                 Signature signature,
                                 List<Paragraph> paragraphs) {

  public ParsedPlanDocument {
    implementedDocuments = List.copyOf(implementedDocuments);
    sections = List.copyOf(sections);
    assignments = List.copyOf(assignments);
    genericBodies = List.copyOf(genericBodies);
    addressees = List.copyOf(addressees);
    recipients = List.copyOf(recipients);
    recipientsAsWritten = List.copyOf(recipientsAsWritten);
    paragraphs = List.copyOf(paragraphs);
  }
}
