package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineForm;
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
  /** "+ Phân công thực hiện: ..." (folded). */
  private static final Pattern ALLOCATION =
      Pattern.compile("^(?:[-–+•]\\s*)?phan cong(?: thuc hien| nhiem vu)?\\s*:\\s*");
  /** "+ Thời gian thực hiện: thường xuyên." (folded): part of the deadline, not of the task. */
  private static final Pattern TIME_LABEL =
      Pattern.compile("^(?:[-–+•]\\s*)?(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?)\\s*:");
  /** The same label run on after the bodies ("... và địa phương -Thời gian thực hiện: ..."). */
  private static final Pattern TIME_LABEL_ANYWHERE =
      Pattern.compile("(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?)\\s*:");
  /** Cooperating bodies named only by kind, which no unit can stand for. */
  private static final Pattern GENERIC = Pattern.compile("\\blien quan\\b|\\bchuc nang\\b");
  /** An article naming who executes the decision, or putting it in force (folded). */
  private static final Pattern EXECUTION_CLAUSE =
      Pattern.compile("chiu trach nhiem thi hanh|co hieu luc|thi hanh quyet dinh nay|chiu trach nhiem thuc hien quyet");
  /** Where a sentence gives work: "giao", "yêu cầu", "đề nghị" before a capital. */
  private static final Pattern DIRECTIVE = Pattern.compile(
      "(?:^|(?<=[\\s,;:]))(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\\s+(?=\\p{Lu})",
      Pattern.UNICODE_CASE);
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
  static Reading read(SectionReader.Reading content, BodyMention addressedBodies, List<TaskTableReader.Row> rows,
                      DeadlineParser deadlines, LocalDate referenceDate) {
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
    // a decision's articles ("Điều 2. Giao Sở ... chủ trì ...")
    List<Item> articles = Item.articles(content.leading());
    for (Item article : articles) {
      reader.readArticle(article);
    }
    if (reader.assignments.isEmpty() && content.sections().isEmpty() && articles.isEmpty()) {
      List<Item> tasks = Item.of(content.leading());
      // a numbered list is a list of tasks when someone is named to do them, in the items or the opening sentence
      boolean named = tasks.stream().anyMatch(t -> clauseOf(t).lead() != null);
      if (addressedBodies != null || named) {
        tasks.forEach(task -> reader.readItem(task, Origin.NUMBERED_TASK, addressedBodies));
      }
    }
    if (reader.assignments.isEmpty()) {
      // a directive or a numbered list of bodies without a heading: numbered items that start with a body
      for (Section section : content.sections()) {
        for (Item item : Item.of(section.paragraphs())) {
          if (startsWithBody(item)) {
            reader.readItem(item, Origin.NUMBERED_TASK, null);
          }
        }
      }
    }
    if (reader.assignments.isEmpty()) {
      // a letter or a notice: "... giao Bộ Công an chủ trì ...", "Yêu cầu Bộ Ngoại giao và Bộ Công an kiểm tra ..."
      List<Paragraph> all = new ArrayList<>(content.leading());
      content.sections().forEach(section -> all.addAll(section.paragraphs()));
      for (Paragraph paragraph : all) {
        reader.readDirectives(paragraph);
      }
    }
    rows.forEach(reader::readRow);
    reader.assignments.sort(Comparator.comparingInt(ParsedAssignment::line));
    return new Reading(List.copyOf(reader.assignments),
        reader.monitoring == null ? null : reader.monitoring.body(), List.copyOf(reader.genericBodies));
  }

  /** "3. Ban Tuyên giáo Đảng ủy phường chủ trì chỉ đạo ..." with its points. */
  private void readItem(Item item, Origin origin, BodyMention addressedBodies) {
    BodyClause clause = clauseOf(item);
    if (clause.lead() == null && addressedBodies != null) {
      clause = new BodyClause(addressedBodies.name(), List.of(), clause.task());
    }
    StringBuilder task = new StringBuilder(clause.task());
    item.points().forEach(p -> task.append('\n').append(p.text()));
    ParsedDeadline deadline = deadlines.parse(item.text(), referenceDate);
    add(clause, task.toString(), deadline, origin, item);
    considerForMonitoring(clause.lead(), item);
  }

  /**
   * "Điều 2. Sở Nông nghiệp ... có trách nhiệm phối hợp với ..."; an article that only puts the decision in force or
   * names who executes it ("... chịu trách nhiệm thi hành Quyết định này") gives no task, nor one naming no body.
   */
  private void readArticle(Item article) {
    String key = VietnameseText.key(article.text());
    if (EXECUTION_CLAUSE.matcher(key).find()) {
      return;
    }
    String head = article.head();
    if (!article.points().isEmpty() && Words.of(head).size() <= 2 && !LinePatterns.endsSentence(head)) {
      // "Điều 2. Giao" / "Giám đốc Sở Nội vụ hướng dẫn ..." of a narrow column
      head = head + " " + article.points().get(0).text();
    }
    BodyClause clause = BodyClauseReader.read(head, false);
    if (clause.lead() == null || !BodyLists.startsWithHead(clause.lead())) {
      for (Item point : Item.of(article.points())) {
        if (startsWithBody(point)) {
          readItem(point, Origin.ARTICLE, null);
        }
      }
      return;
    }
    ParsedDeadline deadline = deadlines.parse(article.text(), referenceDate);
    add(clause, clause.task(), deadline, Origin.ARTICLE, article);
    considerForMonitoring(clause.lead(), article);
  }

  /** A task table's row: a LEAD for each lead body, a COOPERATE for each named cooperating body. */
  private void readRow(TaskTableReader.Row row) {
    List<String> cooperating = row.cooperating() == null ? List.of() : BodyLists.cooperating(row.cooperating());
    BodyClause clause = new BodyClause(row.lead(), cooperating, row.task());
    Item item = new Item(null, List.of(new Paragraph(row.task(), row.line(), row.line())));
    ParsedDeadline deadline = row.time() == null
        ? ParsedDeadline.unparsed("", "Bảng không ghi thời gian (the table gives no time)")
        : deadlines.parse(row.time(), referenceDate);
    add(clause, row.task(), deadline, Origin.TASK_TABLE, item);
  }

  /** The sentences of a paragraph that give work: "giao X ...", "yêu cầu X ...", "đề nghị X ...". */
  private void readDirectives(Paragraph paragraph) {
    String text = paragraph.text();
    Matcher directive = DIRECTIVE.matcher(text);
    int from = 0;
    while (directive.find(from)) {
      int start = directive.end();
      int end = sentenceEnd(text, start);
      String sentence = text.substring(start, end);
      from = Math.max(end, start + 1);
      BodyClause clause = BodyClauseReader.read(sentence, false);
      if (clause.lead() == null || !BodyLists.startsWithHead(clause.lead())) {
        continue;
      }
      Item item = new Item(null, List.of(new Paragraph(sentence, paragraph.firstLine(), paragraph.lastLine())));
      ParsedDeadline deadline = deadlines.parse(sentence, referenceDate);
      add(clause, clause.task(), deadline, Origin.DIRECTIVE, item);
      considerForMonitoring(clause.lead(), item);
      if (from >= text.length()) {
        break;
      }
    }
  }

  /** The end of the sentence from {@code start}: a full stop before a capital or the end of the paragraph. */
  private static int sentenceEnd(String text, int start) {
    for (int i = start; i + 1 < text.length(); i++) {
      if ((text.charAt(i) == '.' || text.charAt(i) == ';') && text.charAt(i + 1) == ' ' && i + 2 < text.length()
          && Character.isUpperCase(text.charAt(i + 2))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean startsWithBody(Item item) {
    BodyClause clause = clauseOf(item);
    return clause.lead() != null && BodyLists.startsWithHead(clause.lead());
  }

  /** The item's body and task; "4. Ủy ban nhân dân các tỉnh, thành phố" over its points is a body alone. */
  private static BodyClause clauseOf(Item item) {
    BodyClause clause = BodyClauseReader.read(item.head(), false);
    if (clause.lead() == null && !item.points().isEmpty() && BodyLists.startsWithHead(item.head())
        && !LinePatterns.endsSentence(item.head())) {
      BodyClause name = BodyClauseReader.read(item.head(), true);
      if (name.lead() != null && name.task().isEmpty()) {
        return name;
      }
    }
    return clause;
  }

  /** "+ Phân công thực hiện: Văn phòng Sở chủ trì, phối hợp với ..." under a task of section II. */
  private void readAllocations(Item item) {
    if (item.points().stream().anyMatch(point -> ExecutingBodies.isLabel(point.text()))) {
      readExecutingBodies(item);
      return;
    }
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

  /**
   * "- Cơ quan thực hiện: X chủ trì, phối hợp với Y" and "- Thời gian thực hiện: ..." under a task of an action
   * programme: the item's other paragraphs are the task, the time line alone its deadline (the task's own text cites
   * dated documents).
   */
  private void readExecutingBodies(Item item) {
    List<String> task = new ArrayList<>();
    if (!isParentHeading(item.head())) {
      task.add(VietnameseText.capitalise(item.head()));
    }
    List<ExecutingBodies.Reading> bodies = new ArrayList<>();
    String time = null;
    for (Paragraph point : item.points()) {
      if (ExecutingBodies.isLabel(point.text())) {
        ExecutingBodies.Reading reading = ExecutingBodies.read(point.text());
        bodies.add(reading);
        time = reading.timeRunOn() != null ? reading.timeRunOn() : time;
      } else if (TIME_LABEL.matcher(VietnameseText.fold(point.text())).find()) {
        time = point.text();
      } else {
        task.add(point.text());
      }
    }
    ParsedDeadline deadline = time == null ? deadlines.parse(item.text(), referenceDate) : labelled(time);
    String taskText = String.join("\n", task);
    for (ExecutingBodies.Reading reading : bodies) {
      add(reading.leads(), reading.cooperating(), taskText, deadline, Origin.TASK_ALLOCATION, item);
      reading.leads().forEach(lead -> considerForMonitoring(lead, item));
    }
  }

  /** A labelled time line is the deadline phrase as written, whichever part of it the parser reads. */
  private ParsedDeadline labelled(String time) {
    Matcher label = TIME_LABEL_ANYWHERE.matcher(VietnameseText.fold(time));
    String phrase = (label.find() ? time.substring(label.end()) : time).strip().replaceFirst("[.;]+$", "");
    ParsedDeadline deadline = deadlines.parse(phrase, referenceDate);
    return deadline.form() == DeadlineForm.UNPARSED ? deadline : deadline.withMatched(phrase);
  }

  /** "Nâng cao năng lực ... 2.1.": a heading that ends with its first sub-item's number is not that item's task. */
  private static boolean isParentHeading(String head) {
    return head.matches(".*\\s\\d{1,2}\\.\\d{1,2}\\.?");
  }

  private void add(BodyClause clause, String task, ParsedDeadline deadline, Origin origin, Item item) {
    List<String> leads = clause.lead() == null ? java.util.Collections.singletonList(null)
        : BodyLists.leads(clause.lead());
    add(leads.isEmpty() ? List.of(clause.lead()) : leads, clause.cooperating(), task, deadline, origin, item);
  }

  private void add(List<String> leads, List<String> cooperatingBodies, String task, ParsedDeadline deadline,
                   Origin origin, Item item) {
    String excerpt = excerpt(item.head());
    for (String lead : leads) {
      assignments.add(new ParsedAssignment(lead, AssignmentRole.LEAD, task, deadline, origin, item.line(), excerpt));
    }
    for (String cooperating : cooperatingBodies) {
      if (GENERIC.matcher(VietnameseText.key(cooperating)).find() || BodyLists.onlyKinds(cooperating)) {
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
