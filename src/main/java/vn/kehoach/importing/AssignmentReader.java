package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineParser;
import vn.kehoach.deadline.parser.ParsedDeadline;
import vn.kehoach.importing.ParsedAssignment.Origin;

/**
 * Reads who does what: the items of "Tổ chức thực hiện", the "Phân công thực hiện: X chủ trì, phối hợp với Y" lines
 * under tasks, or, in a letter without sections, its numbered tasks. Reads each item's deadline with the deadline
 * parser, and finds the body told to monitor and consolidate reports.
 */
final class AssignmentReader {

  /** What was read. */
  record Reading(List<ParsedAssignment> assignments, BodyMention monitoringBody, List<BodyMention> genericBodies) {}

  private static final Pattern IMPLEMENTATION_HEADING =
      Pattern.compile("to chuc thuc hien|phan cong thuc hien|phan cong nhiem vu|trach nhiem thuc hien");
  /** "+ Phân công thực hiện: ...", "- Đơn vị thực hiện: ..." (folded). */
  private static final Pattern ALLOCATION =
      Pattern.compile("^(?:[-–+•]\\s*)?(?:phan cong(?: thuc hien| nhiem vu)?|don vi thuc hien)\\s*:\\s*");
  /** "+ Thời gian thực hiện: thường xuyên." (folded): part of the deadline, not of the task. */
  private static final Pattern TIME_LABEL =
      Pattern.compile("^(?:[-–+•]\\s*)?(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?)\\s*:");
  /** Cooperating bodies named only by kind, which no unit can stand for. */
  private static final Pattern GENERIC = Pattern.compile("\\blien quan\\b|\\bchuc nang\\b");
  private static final List<String> MONITORING_WORDS =
      List.of("theo doi", "don doc", "kiem tra", "tong hop", "bao cao", "so ket", "tong ket", "huong dan");
  private static final int EXCERPT = 120;

  private final DeadlineParser deadlines;
  private final LocalDate referenceDate;
  private final List<ParsedAssignment> assignments = new ArrayList<>();
  private final List<BodyMention> genericBodies = new ArrayList<>();
  private MonitoringCandidate monitoring;

  private record MonitoringCandidate(BodyMention body, int score) {}

  private AssignmentReader(DeadlineParser deadlines, LocalDate referenceDate) {
    this.deadlines = deadlines;
    this.referenceDate = referenceDate;
  }

  /**
   * @param addressedBodies whom the opening sentence asks to act; a letter's numbered task without a body of its own
   *     is theirs
   */
  static Reading read(SectionReader.Reading content, BodyMention addressedBodies, DeadlineParser deadlines,
                      LocalDate referenceDate) {
    AssignmentReader reader = new AssignmentReader(deadlines, referenceDate);
    for (Section section : content.sections()) {
      boolean implementation = IMPLEMENTATION_HEADING.matcher(VietnameseText.key(section.heading())).find();
      for (Item item : Item.of(section.paragraphs())) {
        if (implementation) {
          reader.readItem(item, Origin.IMPLEMENTATION_SECTION, null);
        } else {
          reader.readAllocations(item);
        }
      }
    }
    if (reader.assignments.isEmpty() && content.sections().isEmpty()) {
      List<Item> tasks = Item.of(content.leading());
      // a numbered list is a list of tasks when someone is named to do them, in the items or the opening sentence
      boolean named = tasks.stream().anyMatch(t -> BodyClauseReader.read(t.head(), false).lead() != null);
      if (addressedBodies != null || named) {
        tasks.forEach(task -> reader.readItem(task, Origin.NUMBERED_TASK, addressedBodies));
      }
    }
    reader.assignments.sort(Comparator.comparingInt(ParsedAssignment::line));
    return new Reading(List.copyOf(reader.assignments),
        reader.monitoring == null ? null : reader.monitoring.body(), List.copyOf(reader.genericBodies));
  }

  /** "3. Ban Tuyên giáo Đảng ủy phường chủ trì chỉ đạo ..." with its points. */
  private void readItem(Item item, Origin origin, BodyMention addressedBodies) {
    BodyClause clause = BodyClauseReader.read(item.head(), false);
    if (clause.lead() == null && addressedBodies != null) {
      clause = new BodyClause(addressedBodies.name(), List.of(), clause.task());
    }
    StringBuilder task = new StringBuilder(clause.task());
    item.points().forEach(p -> task.append('\n').append(p.text()));
    ParsedDeadline deadline = deadlines.parse(item.text(), referenceDate);
    add(clause, task.toString(), deadline, origin, item);
    considerForMonitoring(clause.lead(), item);
  }

  /** "+ Phân công thực hiện: Văn phòng Sở chủ trì, phối hợp với ..." under a task of section II. */
  private void readAllocations(Item item) {
    StringBuilder task = new StringBuilder(VietnameseText.capitalise(item.head()));
    List<Paragraph> allocations = new ArrayList<>();
    for (Paragraph point : item.points()) {
      String folded = VietnameseText.fold(point.text());
      if (ALLOCATION.matcher(folded).find()) {
        allocations.add(point);
      } else if (!TIME_LABEL.matcher(folded).find()) {
        task.append('\n').append(point.text());
      }
    }
    if (allocations.isEmpty()) {
      return;
    }
    ParsedDeadline deadline = deadlines.parse(item.text(), referenceDate);
    for (Paragraph allocation : allocations) {
      Matcher label = ALLOCATION.matcher(VietnameseText.fold(allocation.text()));
      label.find();
      BodyClause clause = BodyClauseReader.read(allocation.text().substring(label.end()), true);
      add(clause, task.toString(), deadline, Origin.TASK_ALLOCATION, item);
      considerForMonitoring(clause.lead(), item);
    }
  }

  private void add(BodyClause clause, String task, ParsedDeadline deadline, Origin origin, Item item) {
    String excerpt = excerpt(item.head());
    assignments.add(new ParsedAssignment(clause.lead(), AssignmentRole.LEAD, task, deadline, origin, item.line(),
        excerpt));
    for (String cooperating : clause.cooperating()) {
      if (GENERIC.matcher(VietnameseText.key(cooperating)).find()) {
        genericBodies.add(new BodyMention(cooperating, item.line()));
      } else {
        assignments.add(new ParsedAssignment(cooperating, AssignmentRole.COOPERATE, task, deadline, origin,
            item.line(), excerpt));
      }
    }
  }

  /**
   * The monitoring body is told both to follow up ("theo dõi", "đôn đốc") and to consolidate or report ("tổng hợp",
   * "báo cáo"); of several, the one with most such words, and of equals the later (it usually closes the list).
   */
  private void considerForMonitoring(String lead, Item item) {
    if (lead == null) {
      return;
    }
    String text = VietnameseText.key(item.text());
    boolean followsUp = text.contains("theo doi") || text.contains("don doc");
    boolean reports = text.contains("tong hop") || text.contains("bao cao");
    if (!followsUp || !reports) {
      return;
    }
    int score = (int) MONITORING_WORDS.stream().filter(text::contains).count();
    if (monitoring == null || score >= monitoring.score()) {
      monitoring = new MonitoringCandidate(new BodyMention(lead, item.line()), score);
    }
  }

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }
}
