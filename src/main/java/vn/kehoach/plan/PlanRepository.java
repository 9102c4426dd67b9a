package vn.kehoach.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.plan.NewPlan.NewAssignment;
import vn.kehoach.plan.NewPlan.NewRecipient;

/** Plans, their assignments, recipients and decisions in the application's own tables. */
@Repository
public class PlanRepository {

  private static final String PLAN_COLUMNS = """
      id, title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, number_sequence, number_text,
      issued_on, process_instance_id, consolidated_report, created_at, closed_at, version""";

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
    int position = 0;
    for (ImplementedDocument document : plan.implementsDocuments()) {
      jdbc.sql("""
              insert into plan_document (plan_id, seq_no, doc_number, doc_date, issuer, title)
              values (:plan, :pos, :number, :date, :issuer, :title)""")
          .param("plan", id).param("pos", position++).param("number", document.number())
          .param("date", document.date()).param("issuer", document.issuer()).param("title", document.title())
          .update();
    }
    position = 0;
    for (NewAssignment assignment : plan.assignments()) {
      jdbc.sql("""
              insert into assignment (plan_id, seq_no, unit_id, role, task, deadline_phrase, deadline_kind, due_date)
              values (:plan, :pos, :unit, :role, :task, :phrase, :kind, :due)""")
          .param("plan", id).param("pos", position++).param("unit", assignment.unit())
          .param("role", assignment.role().name()).param("task", assignment.task())
          .param("phrase", assignment.deadline().phrase()).param("kind", assignment.deadline().kind().name())
          .param("due", assignment.deadline().dueDate())
          .update();
    }
    position = 0;
    for (NewRecipient recipient : plan.recipients()) {
      jdbc.sql("""
              insert into recipient (plan_id, seq_no, unit_id, name, purpose)
              values (:plan, :pos, :unit, :name, :purpose)""")
          .param("plan", id).param("pos", position++).param("unit", recipient.unit())
          .param("name", recipient.name()).param("purpose", recipient.purpose().name())
          .update();
    }
    return id;
  }

  public Optional<Plan> find(long id) {
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where id = :id").param("id", id)
        .query((rs, n) -> plan(rs, true)).optional();
  }

  /** Plans, newest first, optionally in one state and/or involving one unit (issuer, drafter, monitor, assignee, recipient). */
  public List<Plan> list(PlanState state, String unit, int limit) {
    StringBuilder sql = new StringBuilder("select " + PLAN_COLUMNS + " from plan p where 1 = 1");
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
                            version = version + 1
            where id = :id and version = :version""")
        .param("state", PlanState.IN_EXECUTION.name()).param("seq", number.sequence())
        .param("text", number.text()).param("date", number.issuedOn())
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
            insert into plan_event (plan_id, occurred_at, step, decision, remark, actor)
            values (:plan, :at, :step, :decision, :remark, :actor)""")
        .param("plan", planId).param("at", timestamp(event.at())).param("step", event.step())
        .param("decision", event.decision()).param("remark", event.comment()).param("actor", event.by())
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
        : new DocumentNumber(rs.getInt("number_sequence"), numberText, rs.getObject("issued_on", LocalDate.class));
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
            rs.getString("issuer"), rs.getString("title")))
        .list();
  }

  private List<Assignment> assignments(long planId) {
    return jdbc.sql("select * from assignment where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> assignment(rs)).list();
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    Deadline deadline = new Deadline(rs.getString("deadline_phrase"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
        rs.getObject("due_date", LocalDate.class));
    return new Assignment(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq_no"), rs.getString("unit_id"),
        AssignmentRole.valueOf(rs.getString("role")), rs.getString("task"), deadline, instant(rs, "done_at"),
        rs.getString("report"));
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
            rs.getString("remark"), rs.getString("actor")))
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
