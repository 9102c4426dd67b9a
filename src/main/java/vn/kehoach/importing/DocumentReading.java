package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DateRange;
import vn.kehoach.deadline.parser.ParsedDeadline;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.PlanRequest.RecipientRequest;
import vn.kehoach.plan.RecipientPurpose;

/**
 * What the document says, as the import answers it beside the plan request: its own kind, number, date, place,
 * issuer and signature, and for each assignment and recipient the body as written, the unit it was matched to (or
 * null), how and how surely.
 */
public record DocumentReading(Header document, List<AssignmentReading> assignmentsRead,
                              List<RecipientReading> recipientsRead) {

  /**
   * @param kind as written ("KẾ HOẠCH", "Công văn" for a letter without a kind line)
   * @param kindCode KH, QĐ, CT, CV, TB ...; null when unknown
   * @param number as written after "Số:"; null when there is no number line
   * @param date the date of issue; null when missing or blank
   * @param issuer the issuing body as written
   * @param referenceDate the date deadlines were read against
   */
  public record Header(String kind, String kindCode, String number, LocalDate date, String dateAsWritten,
                       String place, String issuer, String superiorBody, String title, LocalDate referenceDate,
                       BodyReading issuerMatch, Signature signature) {}

  /** A body as written and the unit it stands for; {@code unit} null when none, {@code candidate} the nearest. */
  public record BodyReading(String asWritten, String unit, String unitName, MatchMethod match, double score,
                            String candidate, String candidateName) {

    static BodyReading of(UnitMatch match) {
      if (match == null) {
        return null;
      }
      return new BodyReading(match.asWritten(), match.unitId(), name(match.unit()), match.method(),
          round(match.score()), match.candidate() == null ? null : match.candidate().id(), name(match.candidate()));
    }
  }

  /**
   * One body's part in one task, in the order of the plan request's assignments ({@code index} is the position the
   * issued-plan import's choices name).
   */
  public record AssignmentReading(int index, BodyReading body, AssignmentRole role, String task,
                                  DeadlineReading deadline, int line) {}

  /**
   * The deadline as written (the words read as the deadline) and as read: a range with its {@code start}, a phased
   * deadline per phase, a report calendar as its cycle with the first reporting day and the period it covers.
   */
  public record DeadlineReading(String asWritten, String form, LocalDate start, LocalDate lastDay,
                                List<DateRange> phases, String cycle, LocalDate firstReport, DateRange period,
                                String meaning, String reason) {

    static DeadlineReading of(ParsedDeadline deadline) {
      return new DeadlineReading(deadline.matched(), deadline.form().name(), deadline.start(), deadline.lastDay(),
          deadline.phases(), deadline.cycle() == null ? null : deadline.cycle().name(), deadline.firstReport(),
          deadline.period(), deadline.normalised(), deadline.reason());
    }
  }

  public record RecipientReading(BodyReading body, RecipientPurpose purpose) {}

  static DocumentReading of(ImportResult result) {
    DocumentHeader header = result.document().header();
    DocumentNumberText number = header.number();
    DocumentDateText date = header.date();
    Header document = new Header(header.kind(),
        header.kind() == null ? null : DocumentKinds.codeOf(header.kind()).orElse(null),
        number == null ? null : number.asWritten(), date == null ? null : date.date(),
        date == null ? null : date.asWritten(), date == null ? null : date.place(), header.issuingBody(),
        header.superiorBody(), header.title(), result.referenceDate(), BodyReading.of(result.issuerMatch()),
        result.document().signature());
    List<AssignmentReading> assignments = new ArrayList<>();
    List<ParsedAssignment> parsed = result.document().assignments();
    for (int i = 0; i < parsed.size(); i++) {
      ParsedAssignment assignment = parsed.get(i);
      assignments.add(new AssignmentReading(i, BodyReading.of(result.assignmentMatches().get(i)), assignment.role(),
          assignment.task(), DeadlineReading.of(assignment.deadline()), assignment.line()));
    }
    List<RecipientReading> recipients = new ArrayList<>();
    List<RecipientRequest> requested = result.plan().recipients();
    for (int i = 0; i < requested.size(); i++) {
      recipients.add(new RecipientReading(BodyReading.of(result.recipientMatches().get(i)),
          requested.get(i).purpose()));
    }
    return new DocumentReading(document, assignments, recipients);
  }

  private static String name(Unit unit) {
    return unit == null ? null : unit.name();
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
