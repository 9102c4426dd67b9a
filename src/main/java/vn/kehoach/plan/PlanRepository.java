package vn.kehoach.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.deadline.DeadlineKind;
import vn.kehoach.deadline.parser.Cycle;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.plan.NewPlan.NewAssignment;
import vn.kehoach.plan.NewPlan.NewRecipient;

/** Plans, their assignments, recipients and decisions in the application's own tables. */
@Repository
public class PlanRepository {

  private static final String PLAN_COLUMNS = """
      id, title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, number_sequence, number_text,
      issued_on, number_period, process_instance_id, consolidated_report, created_at, closed_at, version""";

  private final JdbcClient jdbc;

  public PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new plan in state DRAFTING and returns its id. */
  public long insert(NewPlan plan, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into plan (title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, created_at, version)
            values (:title, :type, :issuer, :drafter, :monitoring, :state, :now, 0)""")
        .param("title", plan.title()).param("type", plan.type()).param("issuer", plan.issuer())
        .param("drafter", plan.drafter()).param("monitoring", plan.monitoringUnit())
        .param("state", PlanState.DRAFTING.name()).param("now", timestamp(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    insertDocuments(id, plan.implementsDocuments());
    for (int position = 0; position < plan.assignments().size(); position++) {
      insertAssignment(id, position, plan.assignments().get(position));
    }
    insertRecipients(id, plan.recipients());
    return id;
  }

  /**
   * Replaces the content of a draft, failing if someone changed the plan since {@code expectedVersion}. The plan's
   * row goes first: a concurrent edit waits for its lock, then fails the version check before touching any other row.
   */
  public void updateDraft(long id, int expectedVersion, NewPlan plan, List<Assignment> current) {
    checked(id, jdbc.sql("""
            update plan set title = :title, doc_type = :type, monitoring_unit = :monitoring, version = version + 1
            where id = :id and version = :version""")
        .param("title", plan.title()).param("type", plan.type()).param("monitoring", plan.monitoringUnit())
        .param("id", id).param("version", expectedVersion).update());
    // documents and recipients are referred to by nothing: replaced whole
    jdbc.sql("delete from plan_document where plan_id = :plan").param("plan", id).update();
    insertDocuments(id, plan.implementsDocuments());
    jdbc.sql("delete from recipient where plan_id = :plan").param("plan", id).update();
    insertRecipients(id, plan.recipients());
    replaceAssignments(id, current, plan.assignments());
  }

  /*
   * Assignments are matched by position, as the drafter sees them ("nhiệm vụ 2") and as the edit's history names
   * them. A kept position is updated in place, so its id stays valid for what refers to it (the history events of
   * its deadline corrections, the deadline endpoint, a page still open); new positions are inserted; rows past the
   * new end are deleted once their history events let go of them (the events stay in the plan's history).
   * Deleting and inserting every row instead would cut those references for an edit of one word. Extension requests
   * and periodic reports exist only after issue, so a delete that meets one fails, and the edit rolls back.
   */
  private void replaceAssignments(long planId, List<Assignment> current, List<NewAssignment> wanted) {
    for (int position = 0; position < wanted.size(); position++) {
      NewAssignment assignment = wanted.get(position);
      if (position < current.size()) {
        jdbc.sql("""
                update assignment set unit_id = :unit, role = :role, task = :task, deadline_phrase = :phrase,
                       deadline_kind = :kind, due_date = :due, original_due_date = :due, cycle = :cycle,
                       day_in_period = :day, before_day = :before, relative_amount = :amount,
                       relative_working_days = :working, deadline_note = :note
                where id = :id""")
            .param("unit", assignment.unit()).param("role", assignment.role().name())
            .param("task", assignment.task()).params(deadlineParams(assignment.deadline()))
            .param("id", current.get(position).id()).update();
      } else {
        insertAssignment(planId, position, assignment);
      }
    }
    for (Assignment removed : current.subList(Math.min(wanted.size(), current.size()), current.size())) {
      jdbc.sql("update plan_event set assignment_id = null where assignment_id = :id").param("id", removed.id()).update();
      jdbc.sql("delete from assignment where id = :id").param("id", removed.id()).update();
    }
  }

  private void insertDocuments(long planId, List<ImplementedDocument> documents) {
    int position = 0;
    for (ImplementedDocument document : documents) {
      jdbc.sql("""
              insert into plan_document (plan_id, seq_no, doc_number, doc_date, issuer, title, implemented_plan_id)
              values (:plan, :pos, :number, :date, :issuer, :title, :implemented)""")
          .param("plan", planId).param("pos", position++).param("number", document.number())
          .param("date", document.date()).param("issuer", document.issuer()).param("title", document.title())
          .param("implemented", issuedPlanNumbered(document.number(), document.date()).orElse(null))
          .update();
    }
  }

  private void insertAssignment(long planId, int position, NewAssignment assignment) {
    jdbc.sql("""
            insert into assignment (plan_id, seq_no, unit_id, role, task, deadline_phrase, deadline_kind, due_date,
                                    original_due_date, cycle, day_in_period, before_day, relative_amount,
                                    relative_working_days, deadline_note)
            values (:plan, :pos, :unit, :role, :task, :phrase, :kind, :due, :due, :cycle, :day, :before, :amount,
                    :working, :note)""")
        .param("plan", planId).param("pos", position).param("unit", assignment.unit())
        .param("role", assignment.role().name()).param("task", assignment.task())
        .params(deadlineParams(assignment.deadline()))
        .update();
  }

  private void insertRecipients(long planId, List<NewRecipient> recipients) {
    int position = 0;
    for (NewRecipient recipient : recipients) {
      jdbc.sql("""
              insert into recipient (plan_id, seq_no, unit_id, name, purpose)
              values (:plan, :pos, :unit, :name, :purpose)""")
          .param("plan", planId).param("pos", position++).param("unit", recipient.unit())
          .param("name", recipient.name()).param("purpose", recipient.purpose().name())
          .update();
    }
  }

  /** A change to a part of the plan (an assignment's deadline) is a change of the plan: its version moves on. */
  public void touch(long id, int expectedVersion) {
    checked(id, jdbc.sql("update plan set version = version + 1 where id = :id and version = :version")
        .param("id", id).param("version", expectedVersion).update());
  }

  private static java.util.Map<String, Object> deadlineParams(Deadline deadline) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("phrase", deadline.phrase());
    params.put("kind", deadline.kind().name());
    params.put("due", deadline.dueDate());
    params.put("cycle", deadline.cycle() == null ? null : deadline.cycle().name());
    params.put("day", deadline.dayInPeriod() == null ? null : deadline.dayInPeriod().toString());
    params.put("before", deadline.before());
    params.put("amount", deadline.amount());
    params.put("working", deadline.workingDays());
    params.put("note", deadline.note());
    return params;
  }

  /** The drafter sets the deadline again (before signature): it becomes the original deadline too. */
  public void replaceDeadline(long assignmentId, Deadline deadline) {
    jdbc.sql("""
            update assignment set deadline_phrase = :phrase, deadline_kind = :kind, due_date = :due,
                   original_due_date = :due, cycle = :cycle, day_in_period = :day, before_day = :before,
                   relative_amount = :amount, relative_working_days = :working, deadline_note = :note
            where id = :id""")
        .params(deadlineParams(deadline)).param("id", assignmentId).update();
  }

  /** Dates a relative deadline at issue; its original date is that date. */
  public void dateRelativeDeadline(long assignmentId, LocalDate lastDay) {
    jdbc.sql("update assignment set due_date = :due, original_due_date = :due where id = :id")
        .param("due", lastDay).param("id", assignmentId).update();
  }

  /** An approved extension moves the deadline in force; the original stays. */
  public void extendDeadline(long assignmentId, LocalDate lastDay) {
    jdbc.sql("update assignment set due_date = :due, extension_count = extension_count + 1 where id = :id")
        .param("due", lastDay).param("id", assignmentId).update();
  }

  public void markReminded(long assignmentId, Instant at) {
    jdbc.sql("update assignment set reminded_at = :at where id = :id")
        .param("at", timestamp(at)).param("id", assignmentId).update();
  }

  /** Level 1: to the monitoring unit; level 2: to the signer. The first time of each is kept. */
  public void markEscalated(long assignmentId, int level, Instant at) {
    String column = level == 1 ? "escalated_at" : "escalated_to_signer_at";
    jdbc.sql("update assignment set " + column + " = :at where id = :id and " + column + " is null")
        .param("at", timestamp(at)).param("id", assignmentId).update();
  }

  public long addExtensionRequest(long assignmentId, String reason, LocalDate newDueDate, String by, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into extension_request (assignment_id, requested_at, requested_by, reason, new_due_date)
            values (:assignment, :at, :by, :reason, :due)""")
        .param("assignment", assignmentId).param("at", timestamp(at)).param("by", by).param("reason", reason)
        .param("due", newDueDate).update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<ExtensionRequest> pendingExtension(long assignmentId) {
    return jdbc.sql("""
            select * from extension_request where assignment_id = :assignment and decided_at is null
            order by id desc fetch first 1 rows only""")
        .param("assignment", assignmentId).query((rs, n) -> extension(rs)).optional();
  }

  public List<ExtensionRequest> extensions(long assignmentId) {
    return jdbc.sql("select * from extension_request where assignment_id = :assignment order by id")
        .param("assignment", assignmentId).query((rs, n) -> extension(rs)).list();
  }

  public void decideExtension(long requestId, String decision, String by, String remark, Instant at) {
    int updated = jdbc.sql("""
            update extension_request set decided_at = :at, decided_by = :by, decision = :decision, remark = :remark
            where id = :id and decided_at is null""")
        .param("at", timestamp(at)).param("by", by).param("decision", decision).param("remark", remark)
        .param("id", requestId).update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("Extension request " + requestId + " is already decided");
    }
  }

  public void addPeriodicReport(long assignmentId, Instant periodDue, String report, Instant at) {
    jdbc.sql("""
            insert into periodic_report (assignment_id, period_due, reported_at, report)
            values (:assignment, :due, :at, :report)""")
        .param("assignment", assignmentId).param("due", timestamp(periodDue)).param("at", timestamp(at))
        .param("report", report).update();
  }

  public List<PeriodicReport> periodicReports(long assignmentId) {
    return jdbc.sql("select * from periodic_report where assignment_id = :assignment order by id")
        .param("assignment", assignmentId)
        .query((rs, n) -> new PeriodicReport(instant(rs, "period_due"), instant(rs, "reported_at"), rs.getString("report")))
        .list();
  }

  /** Every assignment of the issued plans, optionally of one issuer and/or unit, issued within [from, to]. */
  public List<IssuedAssignment> issuedAssignments(String issuer, String unit, LocalDate from, LocalDate to) {
    StringBuilder sql = new StringBuilder("""
        select a.*, p.issuer_unit as plan_issuer, p.issued_on as plan_issued_on from assignment a
        join plan p on p.id = a.plan_id where p.issued_on is not null""");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (issuer != null) {
      sql.append(" and p.issuer_unit = :issuer");
      params.put("issuer", issuer);
    }
    if (unit != null) {
      sql.append(" and a.unit_id = :unit");
      params.put("unit", unit);
    }
    if (from != null) {
      sql.append(" and p.issued_on >= :from");
      params.put("from", from);
    }
    if (to != null) {
      sql.append(" and p.issued_on <= :to");
      params.put("to", to);
    }
    return jdbc.sql(sql.append(" order by a.unit_id, a.id").toString()).params(params)
        .query((rs, n) -> new IssuedAssignment(assignment(rs), rs.getString("plan_issuer"),
            rs.getObject("plan_issued_on", LocalDate.class)))
        .list();
  }

  private static ExtensionRequest extension(ResultSet rs) throws SQLException {
    return new ExtensionRequest(rs.getLong("id"), rs.getLong("assignment_id"), instant(rs, "requested_at"),
        rs.getString("requested_by"), rs.getString("reason"), rs.getObject("new_due_date", LocalDate.class),
        instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision"), rs.getString("remark"));
  }

  /** The issued plan with this number (and issue date, when given); numbers recur across terms, so the newest. */
  Optional<Long> issuedPlanNumbered(String number, LocalDate date) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("""
            select id from plan where number_text = :number and (cast(:date as date) is null or issued_on = :date)
            order by issued_on desc, id desc fetch first 1 rows only""")
        .param("number", number.strip()).param("date", date).query(Long.class).optional();
  }

  /** The plans that carry this one out. */
  public List<PlanLink> implementedBy(long planId) {
    return jdbc.sql("""
            select p.id, p.number_text, p.title, p.issuer_unit from plan_document d join plan p on p.id = d.plan_id
            where d.implemented_plan_id = :plan order by p.id""")
        .param("plan", planId)
        .query((rs, n) -> new PlanLink(rs.getLong("id"), rs.getString("number_text"), rs.getString("title"),
            rs.getString("issuer_unit")))
        .list();
  }

  public Optional<Plan> find(long id) {
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where id = :id").param("id", id)
        .query((rs, n) -> plan(rs, true)).optional();
  }

  /** Plans, newest first, optionally in one state and/or involving one unit (issuer, drafter, monitor, assignee, recipient). */
  public List<Plan> list(PlanState state, String unit, java.util.Set<String> visibleTo, int limit) {
    StringBuilder sql = new StringBuilder("select " + PLAN_COLUMNS + " from plan p where 1 = 1");
    if (visibleTo != null) {
      if (visibleTo.isEmpty()) {
        return List.of();
      }
      sql.append("""
           and (p.issuer_unit in (:visible) or p.drafter_unit in (:visible) or p.monitoring_unit in (:visible)
                or exists (select 1 from assignment a where a.plan_id = p.id and a.unit_id in (:visible))
                or exists (select 1 from recipient r where r.plan_id = p.id and r.unit_id in (:visible)))""");
    }
    if (state != null) {
      sql.append(" and p.state = :state");
    }
    if (unit != null) {
      sql.append("""
           and (p.issuer_unit = :unit or p.drafter_unit = :unit or p.monitoring_unit = :unit
                or exists (select 1 from assignment a where a.plan_id = p.id and a.unit_id = :unit)
                or exists (select 1 from recipient r where r.plan_id = p.id and r.unit_id = :unit))""");
    }
    sql.append(" order by p.id desc fetch first ").append(limit).append(" rows only");
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
    if (state != null) {
      statement = statement.param("state", state.name());
    }
    if (unit != null) {
      statement = statement.param("unit", unit);
    }
    if (visibleTo != null) {
      statement = statement.param("visible", List.copyOf(visibleTo));
    }
    return statement.query((rs, n) -> plan(rs, false)).list();
  }

  public Optional<Assignment> findAssignment(long id) {
    return jdbc.sql("select * from assignment where id = :id").param("id", id)
        .query((rs, n) -> assignment(rs)).optional();
  }

  /** Changes the state, failing if someone changed the plan since {@code expectedVersion}. */
  public void updateState(long id, int expectedVersion, PlanState state, Instant closedAt) {
    checked(id, jdbc.sql("""
            update plan set state = :state, closed_at = :closed, version = version + 1
            where id = :id and version = :version""")
        .param("state", state.name()).param("closed", timestamp(closedAt))
        .param("id", id).param("version", expectedVersion).update());
  }

  public void recordIssue(long id, int expectedVersion, DocumentNumber number) {
    checked(id, jdbc.sql("""
            update plan set state = :state, number_sequence = :seq, number_text = :text, issued_on = :date,
                            number_period = :period, version = version + 1
            where id = :id and version = :version""")
        .param("state", PlanState.IN_EXECUTION.name()).param("seq", number.sequence())
        .param("text", number.text()).param("date", number.issuedOn()).param("period", number.period())
        .param("id", id).param("version", expectedVersion).update());
  }

  public void recordConsolidatedReport(long id, int expectedVersion, String report, Instant closedAt) {
    checked(id, jdbc.sql("""
            update plan set state = :state, consolidated_report = :report, closed_at = :closed, version = version + 1
            where id = :id and version = :version""")
        .param("state", PlanState.CLOSED.name()).param("report", report).param("closed", timestamp(closedAt))
        .param("id", id).param("version", expectedVersion).update());
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update plan set process_instance_id = :pi where id = :id")
        .param("pi", processInstanceId).param("id", id).update();
  }

  public void markDisseminated(long planId, Instant at) {
    jdbc.sql("update recipient set disseminated_at = :at where plan_id = :plan and disseminated_at is null")
        .param("at", timestamp(at)).param("plan", planId).update();
  }

  public void markAcknowledged(long planId, String unit, String by, Instant at) {
    jdbc.sql("""
            update recipient set acknowledged_at = :at, acknowledged_by = :by
            where plan_id = :plan and unit_id = :unit and acknowledged_at is null""")
        .param("at", timestamp(at)).param("by", by).param("plan", planId).param("unit", unit).update();
  }

  /** Records the unit's result; an assignment is reported once. */
  public void markAssignmentDone(long assignmentId, String report, Instant at) {
    int updated = jdbc.sql("""
            update assignment set done_at = :at, report = :report where id = :id and done_at is null""")
        .param("at", timestamp(at)).param("report", report).param("id", assignmentId).update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("Assignment " + assignmentId + " is already done or does not exist");
    }
  }

  public void addEvent(long planId, PlanEvent event) {
    jdbc.sql("""
            insert into plan_event (plan_id, assignment_id, occurred_at, step, decision, remark, actor)
            values (:plan, :assignment, :at, :step, :decision, :remark, :actor)""")
        .param("plan", planId).param("assignment", event.assignmentId()).param("at", timestamp(event.at()))
        .param("step", event.step()).param("decision", event.decision()).param("remark", event.comment())
        .param("actor", event.by())
        .update();
  }

  private static void checked(long id, int updated) {
    if (updated != 1) {
      throw new OptimisticLockingFailureException(
          "Plan " + id + " was changed by someone else (kế hoạch vừa được người khác cập nhật); reload and try again");
    }
  }

  private Plan plan(ResultSet rs, boolean withDetails) throws SQLException {
    long id = rs.getLong("id");
    String numberText = rs.getString("number_text");
    DocumentNumber number = numberText == null ? null
        : new DocumentNumber(rs.getInt("number_sequence"), numberText, rs.getObject("issued_on", LocalDate.class),
            rs.getString("number_period"));
    return new Plan(id, rs.getString("title"), rs.getString("doc_type"), rs.getString("issuer_unit"),
        rs.getString("drafter_unit"), rs.getString("monitoring_unit"), PlanState.valueOf(rs.getString("state")),
        number, rs.getString("process_instance_id"), rs.getString("consolidated_report"),
        instant(rs, "created_at"), instant(rs, "closed_at"), rs.getInt("version"),
        withDetails ? documents(id) : List.of(), withDetails ? assignments(id) : List.of(),
        withDetails ? recipients(id) : List.of(), withDetails ? events(id) : List.of());
  }

  private List<ImplementedDocument> documents(long planId) {
    return jdbc.sql("select * from plan_document where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> new ImplementedDocument(rs.getString("doc_number"), rs.getObject("doc_date", LocalDate.class),
            rs.getString("issuer"), rs.getString("title"), rs.getObject("implemented_plan_id", Long.class)))
        .list();
  }

  private List<Assignment> assignments(long planId) {
    return jdbc.sql("select * from assignment where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> assignment(rs)).list();
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    String cycle = rs.getString("cycle");
    String day = rs.getString("day_in_period");
    Integer amount = rs.getObject("relative_amount", Integer.class);
    Deadline deadline = new Deadline(rs.getString("deadline_phrase"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
        rs.getObject("due_date", LocalDate.class), cycle == null ? null : Cycle.valueOf(cycle),
        day == null ? null : MonthDay.parse(day), rs.getBoolean("before_day"), amount,
        rs.getBoolean("relative_working_days"), rs.getString("deadline_note"));
    return new Assignment(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq_no"), rs.getString("unit_id"),
        AssignmentRole.valueOf(rs.getString("role")), rs.getString("task"), deadline,
        rs.getObject("original_due_date", LocalDate.class), instant(rs, "done_at"), rs.getString("report"),
        instant(rs, "reminded_at"), instant(rs, "escalated_at"), instant(rs, "escalated_to_signer_at"),
        rs.getInt("extension_count"));
  }

  private List<Recipient> recipients(long planId) {
    return jdbc.sql("select * from recipient where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getInt("seq_no"), rs.getString("unit_id"),
            rs.getString("name"), RecipientPurpose.valueOf(rs.getString("purpose")), instant(rs, "disseminated_at"),
            instant(rs, "acknowledged_at"), rs.getString("acknowledged_by")))
        .list();
  }

  private List<PlanEvent> events(long planId) {
    return jdbc.sql("select * from plan_event where plan_id = :plan order by id").param("plan", planId)
        .query((rs, n) -> new PlanEvent(instant(rs, "occurred_at"), rs.getString("step"), rs.getString("decision"),
            rs.getString("remark"), rs.getString("actor"), (Long) rs.getObject("assignment_id", Long.class)))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
