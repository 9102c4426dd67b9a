package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads the deadline in a Vietnamese phrase, alone ("quý II/2024") or inside a task's text ("... triển khai thực hiện
 * xong trong tháng 4/2024."). Deterministic: the reference date (the document's date) is the only "now".
 *
 * <p>When a text holds several expressions: dates of cited documents are skipped; of overlapping expressions the
 * longest is read ("trước ngày 20/11 hằng năm" over "trước ngày 20/11"); then an expression after a label ("Thời gian
 * thực hiện:") wins, then a date, period, cycle or number of days over a bare "định kỳ", and that over "thường
 * xuyên"; then the first in the text.
 */
public final class DeadlineParser {

  static final String EMPTY = "không có nội dung thời hạn (empty phrase)";
  static final String NOT_FOUND = "không tìm thấy thời hạn (no deadline found)";
  static final String ONLY_DOCUMENT_DATES = "chỉ có ngày của văn bản được dẫn chiếu hoặc ngày ban hành, không phải "
      + "thời hạn (only dates of cited documents or of issue, no deadline)";

  private static final List<Expressions> EXPRESSIONS = List.of(new DateExpressions(), new PeriodExpressions(),
      new RangeExpressions(), new PhaseExpressions(),
      new RecurrenceExpressions(), new RelativeExpressions(), new OngoingExpressions());

  public ParsedDeadline parse(String phrase, LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate (the document's date) is required");
    if (phrase == null || phrase.isBlank()) {
      return ParsedDeadline.unparsed(phrase, EMPTY);
    }
    NormalisedText text = TextNormaliser.normalise(phrase);
    if (text.folded().isEmpty()) {
      return ParsedDeadline.unparsed(phrase, EMPTY);
    }
    List<DocumentReferences.Span> references = DocumentReferences.find(text);
    List<Candidate> found = new ArrayList<>();
    for (Expressions expressions : EXPRESSIONS) {
      found.addAll(expressions.find(text, referenceDate));
    }
    List<Candidate> deadlines = found.stream()
        .filter(c -> references.stream().noneMatch(r -> namesDocument(c, r))).toList();
    if (deadlines.isEmpty()) {
      return ParsedDeadline.unparsed(phrase, found.isEmpty() ? NOT_FOUND : ONLY_DOCUMENT_DATES);
    }
    DeadlineLabels labels = DeadlineLabels.find(text);
    return longestOfOverlapping(deadlines).stream()
        .min(Comparator.comparing((Candidate c) -> !labels.isLabelled(c))
            .thenComparing(Candidate::strength, Comparator.reverseOrder())
            .thenComparingInt(Candidate::start))
        .orElseThrow().reading();
  }

  /**
   * A reference takes an expression when it holds either end of it ("ngày 04/3/2024" of "Chỉ thị số 31-CT/TU ngày
   * 04/3/2024"); a cycle read across a long sentence ("Định kỳ hằng quý báo cáo ... theo Mẫu số 11/PLIII ... trước
   * ngày 15 của tháng đầu quý sau") keeps its reading when a document is only named in its middle.
   */
  private static boolean namesDocument(Candidate candidate, DocumentReferences.Span reference) {
    return candidate.overlaps(reference.start(), reference.end())
        && (reference.start() <= candidate.start() && candidate.start() < reference.end()
            || reference.start() < candidate.end() && candidate.end() <= reference.end()
            || candidate.length() < 60);
  }

  private static List<Candidate> longestOfOverlapping(List<Candidate> candidates) {
    List<Candidate> byLength = new ArrayList<>(candidates);
    byLength.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparing(Candidate::strength, Comparator.reverseOrder())
        .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : byLength) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    return kept;
  }
}
