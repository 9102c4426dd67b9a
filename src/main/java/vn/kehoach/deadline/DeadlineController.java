package vn.kehoach.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.calendar.WorkingCalendar;
import vn.kehoach.deadline.parser.Cycle;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.deadline.parser.ParsedDeadline;
import vn.kehoach.plan.InvalidPlanException;
import vn.kehoach.plan.InvalidPlanException.FieldProblem;

/** {@code POST /api/deadlines/parse}: what a deadline phrase means, given the document's date. */
@RestController
@RequestMapping("/api/deadlines")
public class DeadlineController {

  static final int MAX_PHRASE = 5000;

  /** The request: a phrase as written and the document's date (yyyy-mm-dd). */
  public record ParseRequest(String phrase, String referenceDate) {}

  /**
   * The answer. For a relative deadline {@code due} is counted from the reference date (as if issued that day),
   * on the working-day calendar when {@code workingDays}.
   */
  public record ParseResult(DeadlineForm kind, String phrase, String matched, OffsetDateTime due, LocalDate lastDay,
                            Cycle cycle, MonthDay dayInPeriod, Boolean before, Integer amount, Boolean workingDays,
                            String normalised, String reason) {}

  private final DeadlineParser parser = new DeadlineParser();
  private final WorkingCalendar calendar;

  public DeadlineController(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @PostMapping("/parse")
  public ParseResult parse(@RequestBody ParseRequest request) {
    if (request.phrase() == null || request.phrase().isBlank()) {
      throw new InvalidPlanException(List.of(new FieldProblem("phrase", "is required")));
    }
    if (request.phrase().length() > MAX_PHRASE) {
      throw new InvalidPlanException(List.of(new FieldProblem("phrase", "is longer than " + MAX_PHRASE + " characters")));
    }
    LocalDate reference;
    try {
      reference = LocalDate.parse(request.referenceDate() == null ? "" : request.referenceDate().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidPlanException(List.of(new FieldProblem("referenceDate",
          "'" + request.referenceDate() + "' is not a date yyyy-mm-dd")));
    }
    ParsedDeadline parsed = parser.parse(request.phrase(), reference);
    Instant due = parsed.due();
    LocalDate lastDay = parsed.lastDay();
    if (parsed.form() == DeadlineForm.RELATIVE && parsed.amount() != null) {
      lastDay = parsed.workingDays() ? calendar.plusWorkingDays(reference, parsed.amount())
          : reference.plusDays(parsed.amount());
      due = lastDay.plusDays(1).atStartOfDay(Deadline.VIETNAM).toInstant();
    }
    boolean recurring = parsed.form() == DeadlineForm.RECURRING;
    boolean relative = parsed.form() == DeadlineForm.RELATIVE;
    return new ParseResult(parsed.form(), parsed.phrase(), parsed.matched(),
        due == null ? null : due.atZone(Deadline.VIETNAM).toOffsetDateTime(), lastDay, parsed.cycle(),
        parsed.dayInPeriod(), recurring ? parsed.before() : null, parsed.amount(), relative ? parsed.workingDays() : null,
        parsed.normalised(), parsed.reason());
  }
}
