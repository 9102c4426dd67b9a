package vn.kehoach.deadline;

import java.time.Clock;
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
import vn.kehoach.deadline.parser.DateRange;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.deadline.parser.ParsedDeadline;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/** {@code POST /api/deadlines/parse}: what a deadline phrase means, given the document's date. */
@RestController
@RequestMapping("/api/deadlines")
public class DeadlineController {

  static final int MAX_PHRASE = 5000;

  /** The request: a phrase as written and the document's date (yyyy-mm-dd), today in Vietnam when absent. */
  public record ParseRequest(String phrase, String referenceDate) {}

  /**
   * The answer. For a relative deadline {@code due} is counted from the reference date (as if issued that day),
   * on the working-day calendar when {@code workingDays}. A range gives its {@code start} beside its last day; a
   * phased deadline its {@code phases} (each {@code start}, {@code lastDay}; the last day is the last phase's end);
   * a report calendar the {@code period} its first report covers and that report's last day on time
   * ({@code firstReport}).
   */
  public record ParseResult(DeadlineForm kind, String phrase, String matched, OffsetDateTime due, LocalDate lastDay,
                            Cycle cycle, MonthDay dayInPeriod, Boolean before, Integer amount, Boolean workingDays,
                            String normalised, String reason, LocalDate start, List<DateRange> phases,
                            DateRange period, LocalDate firstReport) {}

  private final DeadlineParser parser = new DeadlineParser();
  private final WorkingCalendar calendar;
  private final Clock clock;

  public DeadlineController(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The document's date; without one, today in Vietnam (a phrase read as if the document were issued today). */
  private LocalDate referenceDate(String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.ofInstant(clock.instant(), Deadline.VIETNAM);
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(List.of(new FieldProblem("referenceDate",
          "'" + text + "' không phải ngày dạng yyyy-mm-dd (is not a date yyyy-mm-dd)")));
    }
  }

  @PostMapping("/parse")
  public ParseResult parse(@RequestBody ParseRequest request) {
    if (request.phrase() == null || request.phrase().isBlank()) {
      throw new InvalidRequestException(List.of(new FieldProblem("phrase", "chưa nhập cụm từ thời hạn (is required)")));
    }
    if (request.phrase().length() > MAX_PHRASE) {
      throw new InvalidRequestException(List.of(new FieldProblem("phrase",
          "dài quá " + MAX_PHRASE + " ký tự (is longer than " + MAX_PHRASE + " characters)")));
    }
    LocalDate reference = referenceDate(request.referenceDate());
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
        parsed.normalised(), parsed.reason(), parsed.start(),
        parsed.form() == DeadlineForm.PHASED ? parsed.phases() : null, parsed.period(), parsed.firstReport());
  }
}
