package vn.kehoach.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.ParsedDeadline;
import vn.kehoach.importing.DocumentHeader.IssuingBodySource;
import vn.kehoach.importing.ImportWarnings.BodyRole;
import vn.kehoach.plan.ImplementedDocument;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest.RecipientRequest;
import vn.kehoach.plan.PlanRequest;

/** Turns a parsed document into a plan request, matching its bodies to units and noting what to check. */
final class PlanRequestAssembler {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Words that say a deadline was meant even though the parser read none. */
  private static final List<String> DEADLINE_WORDS = List.of("thoi gian thuc hien", "thoi han", "hoan thanh truoc",
      "xong truoc", "cham nhat", "truoc ngay");
  private static final Set<String> LEVEL_WORDS = Set.of("phuong", "tinh", "khoi", "huyen", "xa");

  private final UnitMatcher matcher;
  private final ImportWarnings warnings = new ImportWarnings();

  private PlanRequestAssembler(UnitMatcher matcher) {
    this.matcher = matcher;
  }

  static ImportResult assemble(ParsedPlanDocument document, UnitMatcher matcher) {
    return new PlanRequestAssembler(matcher).build(document);
  }

  private ImportResult build(ParsedPlanDocument document) {
    DocumentHeader header = document.header();
    if (header.title() == null) {
      warnings.document(WarningCode.TITLE_MISSING,
          "Không tìm thấy tên loại và trích yếu văn bản (ví dụ \"KẾ HOẠCH\" và tên kế hoạch, hoặc \"V/v ...\"): "
              + "cần nhập tên kế hoạch",
          "no document kind and title found (e.g. \"KẾ HOẠCH\" and its title, or \"V/v ...\"): enter the title");
    }
    if (document.assignments().isEmpty()) {
      warnings.document(WarningCode.ASSIGNMENTS_MISSING,
          "Không tìm thấy nhiệm vụ giao cho cơ quan, đơn vị nào (phần \"Tổ chức thực hiện\", \"Phân công thực "
              + "hiện\", các Điều của quyết định hay bảng phân công): văn bản có thể chỉ là trích đoạn",
          "no task given to any body was found (no \"Tổ chức thực hiện\" or \"Phân công thực hiện\" section, "
              + "no articles assigning work, no task table): the text may be an excerpt");
    }
    UnitMatch issuer = issuer(header);
    checkNumberAndDate(header, document.referenceDate());

    List<AssignmentRequest> assignments = new ArrayList<>();
    List<UnitMatch> assignmentMatches = new ArrayList<>();
    Set<Integer> deadlineChecked = new HashSet<>();
    for (ParsedAssignment assignment : document.assignments()) {
      UnitMatch match = assignmentBody(assignment);
      assignmentMatches.add(match);
      if (deadlineChecked.add(assignment.line())) {
        checkDeadline(assignment);
      }
      ParsedDeadline deadline = assignment.deadline();
      String phrase = deadline.form() == DeadlineForm.UNPARSED ? null : deadline.matched();
      assignments.add(new AssignmentRequest(match.unitId(), assignment.role(), assignment.task(), phrase, null,
          kind(assignment, match)));
    }
    for (BodyMention generic : document.genericBodies()) {
      warnings.add(WarningCode.BODY_GENERIC,
          "\"" + generic.name() + "\" không chỉ rõ đơn vị nào: không tạo nhiệm vụ phối hợp",
          "\"" + generic.name() + "\" names no particular body: no cooperating assignment was made",
          generic.line(), generic.name());
    }

    UnitMatch monitoring = monitoring(document.monitoringBody());
    List<RecipientRequest> recipients = new ArrayList<>();
    List<UnitMatch> recipientMatches = new ArrayList<>();
    recipients(document.recipients(), recipients, recipientMatches);
    checkSignature(document.signature());

    PlanRequest plan = new PlanRequest(header.title(), type(header), issuer == null ? null : issuer.unitId(), null,
        monitoring == null ? null : monitoring.unitId(), implementedDocuments(document.implementedDocuments()),
        assignments, recipients);
    return new ImportResult(plan, warnings.list(), document, assignmentMatches, recipientMatches, issuer, monitoring,
        document.referenceDate());
  }

  /** A lead asked for its own plan, when the unit can issue one; else a task, said in a warning. */
  private AssignmentKind kind(ParsedAssignment assignment, UnitMatch match) {
    if (assignment.role() != AssignmentRole.LEAD || !OwnPlanPhrases.asksForOwnPlan(assignment.task())) {
      return AssignmentKind.TASK;
    }
    if (match.matched() && match.unit().issues()) {
      return AssignmentKind.OWN_PLAN;
    }
    if (match.matched()) {
      warnings.add(WarningCode.OWN_PLAN_AS_TASK,
          "\"" + match.unit().name() + "\" được giao xây dựng kế hoạch nhưng không ban hành văn bản trong hệ thống: "
              + "giao như nhiệm vụ thường",
          "\"" + match.unit().name() + "\" is asked for its own plan but issues no documents here: assigned as a task",
          assignment.line(), assignment.body());
    }
    return AssignmentKind.TASK;
  }

  private UnitMatch issuer(DocumentHeader header) {
    if (header.issuingBody() == null) {
      warnings.document(WarningCode.ISSUER_MISSING, "Không tìm thấy cơ quan ban hành",
          "no issuing body found");
      return null;
    }
    if (header.issuingBodySource() == IssuingBodySource.OPENING_SENTENCE) {
      warnings.add(WarningCode.ISSUER_FROM_OPENING_SENTENCE,
          "Văn bản thiếu tên cơ quan ban hành ở đầu; lấy \"" + header.issuingBody() + "\" từ câu mở đầu",
          "the header names no issuing body; \"" + header.issuingBody() + "\" was taken from the opening sentence",
          header.issuingBodyLine(), header.issuingBody());
    }
    UnitMatch match = matcher.match(header.issuingBody());
    warnings.match(match, BodyRole.ISSUER, header.issuingBodyLine(), header.issuingBody());
    if (match.matched() && !match.unit().issues()) {
      warnings.add(WarningCode.ISSUER_NOT_AN_ISSUER,
          "Đơn vị \"" + match.unit().name() + "\" không phải cơ quan ban hành văn bản trong hệ thống",
          "unit \"" + match.unit().name() + "\" does not issue documents in this organisation",
          header.issuingBodyLine(), header.issuingBody());
    }
    return match;
  }

  private void checkNumberAndDate(DocumentHeader header, LocalDate referenceDate) {
    DocumentNumberText number = header.number();
    if (number == null) {
      warnings.document(WarningCode.NUMBER_MISSING, "Văn bản không có số", "the document has no number");
    } else if (number.number() == null) {
      warnings.add(WarningCode.NUMBER_MISSING, "Số văn bản để trống (chưa cấp số)",
          "the document's number is blank (not yet issued)", number.line(), "Số: " + number.asWritten());
    }
    String kindCode = header.kind() == null ? null : DocumentKinds.codeOf(header.kind()).orElse(null);
    if (number != null && number.type() != null && kindCode != null && !kindCode.equals(number.type())
        && DocumentKinds.nameOf(number.type()).isPresent()) {
      warnings.add(WarningCode.TYPE_MISMATCH,
          "Loại văn bản trong số (" + number.type() + ") khác tên loại \"" + header.kind() + "\" (" + kindCode + ")",
          "the number's type (" + number.type() + ") differs from the kind \"" + header.kind() + "\" (" + kindCode
              + ")", number.line(), "Số: " + number.asWritten());
    }
    DocumentDateText date = header.date();
    String reference = VIETNAMESE_DATE.format(referenceDate);
    if (date == null) {
      warnings.document(WarningCode.DATE_MISSING,
          "Văn bản không có ngày ban hành; thời hạn được đọc theo ngày " + reference,
          "the document has no date; deadlines were read against " + reference);
    } else if (date.date() == null) {
      warnings.add(WarningCode.DATE_MISSING,
          "Ngày ban hành để trống; thời hạn được đọc theo ngày " + reference,
          "the date of issue is blank; deadlines were read against " + reference, date.line(), date.asWritten());
    }
  }

  private UnitMatch assignmentBody(ParsedAssignment assignment) {
    if (assignment.body() == null) {
      warnings.add(WarningCode.BODY_MISSING,
          "Nhiệm vụ không ghi đơn vị thực hiện: cần chọn đơn vị",
          "the task names no body to carry it out: choose one", assignment.line(), assignment.excerpt());
      return UnitMatch.none(null, null, 0);
    }
    UnitMatch match = matcher.match(assignment.body());
    warnings.match(match, assignment.role() == AssignmentRole.LEAD ? BodyRole.LEAD : BodyRole.COOPERATE,
        assignment.line(), assignment.excerpt());
    return match;
  }

  private void checkDeadline(ParsedAssignment assignment) {
    ParsedDeadline deadline = assignment.deadline();
    if (deadline.form() != DeadlineForm.UNPARSED) {
      return;
    }
    String task = VietnameseText.fold(assignment.task());
    boolean written = DEADLINE_WORDS.stream().anyMatch(task::contains);
    if (written) {
      warnings.add(WarningCode.DEADLINE_UNPARSED,
          "Không đọc được thời hạn của nhiệm vụ: " + deadline.reason(),
          "the task's deadline could not be read", assignment.line(), assignment.excerpt());
    } else {
      warnings.add(WarningCode.DEADLINE_MISSING, "Nhiệm vụ không ghi thời hạn",
          "the task has no deadline", assignment.line(), assignment.excerpt());
    }
  }

  private UnitMatch monitoring(BodyMention body) {
    if (body == null) {
      warnings.document(WarningCode.MONITORING_MISSING,
          "Không thấy đơn vị được giao theo dõi, đôn đốc, tổng hợp báo cáo",
          "no body is told to monitor, urge and consolidate reports");
      return null;
    }
    UnitMatch match = matcher.match(body.name());
    warnings.match(match, BodyRole.MONITORING, body.line(), body.name());
    return match;
  }

  private void recipients(List<ParsedRecipient> parsed, List<RecipientRequest> recipients,
                          List<UnitMatch> matches) {
    if (parsed.isEmpty()) {
      warnings.document(WarningCode.RECIPIENTS_MISSING, "Không thấy phần \"Nơi nhận\"", "no \"Nơi nhận\" list");
    }
    for (ParsedRecipient recipient : parsed) {
      for (UnitMatch match : recipientBodies(recipient.name())) {
        warnings.match(match, BodyRole.RECIPIENT, recipient.line(), recipient.lineText());
        matches.add(match);
        recipients.add(new RecipientRequest(match.unitId(), match.asWritten(), recipient.purpose()));
      }
    }
  }

  /**
   * One entry may list several bodies: "TT Đảng ủy, HĐND, UBND phường" (the last word's level goes for all). It is
   * split when every part is a known unit, or every part after the first is a plural ("Văn phòng Trung ương Đảng,
   * các ban Đảng Trung ương"); else it stays whole, since a comma also joins a part to its whole ("Cục Cảnh sát PCCC
   * và CNCH, Bộ Công an") or lists kinds of one category ("Các sở, ban, ngành, đoàn thể tỉnh").
   */
  private List<UnitMatch> recipientBodies(String name) {
    UnitMatch whole = matcher.match(name);
    List<String> parts = BodyClauseReader.splitNames(name);
    if (whole.certain() || parts.size() < 2) {
      return List.of(whole);
    }
    String level = trailingLevel(parts.get(parts.size() - 1));
    List<UnitMatch> partMatches = new ArrayList<>();
    boolean allKnown = true;
    boolean restPlural = true;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      UnitMatch match = matcher.match(part);
      if (!match.certain() && level != null && BodyName.of(part).levels().isEmpty()) {
        UnitMatch withLevel = matcher.match(part + " " + level);
        if (withLevel.certain()) {
          match = new UnitMatch(part, withLevel.unit(), withLevel.method(), withLevel.score(), null, 0);
        }
      }
      partMatches.add(match);
      allKnown &= match.certain();
      restPlural &= i == 0 || VietnameseText.key(part).startsWith("cac ");
    }
    return allKnown || restPlural ? partMatches : List.of(whole);
  }

  private static String trailingLevel(String part) {
    String[] words = part.strip().split("\\s+");
    String last = words[words.length - 1];
    return LEVEL_WORDS.contains(VietnameseText.key(last)) ? last : null;
  }

  private void checkSignature(Signature signature) {
    if (signature == null) {
      warnings.document(WarningCode.SIGNATURE_MISSING, "Không thấy phần chữ ký (T/M, KT., chức vụ, họ tên)",
          "no signature block found (T/M, KT., title, name)");
    } else if (!signature.complete()) {
      warnings.add(WarningCode.SIGNATURE_INCOMPLETE,
          "Chữ ký thiếu thể thức (T/M, KT.) hoặc chức vụ hoặc họ tên",
          "the signature lacks its mode (T/M, KT.), the title or the name", signature.line(), signature.name());
    }
  }

  /** The number's type when it is a kind's code, else the kind's, else KH. */
  private static String type(DocumentHeader header) {
    if (header.number() != null && header.number().type() != null
        && DocumentKinds.nameOf(header.number().type()).isPresent()) {
      return header.number().type();
    }
    return DocumentKinds.codeOf(header.kind() == null ? "" : header.kind())
        .map(code -> code.toUpperCase(Locale.ROOT)).orElse("KH");
  }

  private static List<ImplementedDocument> implementedDocuments(List<CitedDocument> documents) {
    return documents.stream().map(d -> new ImplementedDocument(d.number(), d.date(), d.issuer(),
        d.subject() == null ? d.kindName() : d.kindName() + " về " + d.subject())).toList();
  }
}
