package vn.kehoach.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
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
import vn.kehoach.deadline.parser.DateRange;
import vn.kehoach.system.JdbcTime;

/**
 * Assignments in the application's own tables: who must do what by when, their deadlines (as written, in force,
 * original), reminders and escalations, extension requests and periodic reports.
 */
@Repository
public class AssignmentRepository {

  private final JdbcClient jdbc;

  public AssignmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /*
   * Assignments are matched by position, as the drafter sees them ("nhiệm vụ 2") and as the edit's history names
   * them. A kept position is updated in place, so its id stays valid for what refers to it (the history events of
   * its deadline corrections, the deadline endpoint, a page still open); new positions are inserted; rows past the
   * new end are deleted once their history events let go of them (the events stay in the plan's history).
   * Deleting and inserting every row instead would cut those references for an edit of one word. Extension requests
   * and periodic reports exist only after issue, so a delete that meets one fails, and the edit rolls back.
   */
  public void replace(long planId, List<Assignment> current, List<NewAssignment> wanted) {
    for (int position = 0; position < wanted.size(); position++) {
      NewAssignment assignment = wanted.get(position);
      if (position < current.size()) {
        jdbc.sql("""
                update assignment set unit_id = :unit, role = :role, task = :task, deadline_phrase = :phrase,
                       deadline_kind = :kind, due_date = :due, original_due_date = :due, cycle = :cycle,
                       day_in_period = :day, before_day = :before, relative_amount = :amount,
                       relative_working_days = :working, deadline_note = :note, start_date = :start,
                       deadline_phases = :phases, period_start = :periodStart, period_end = :periodEnd,
                       first_report_date = :firstReport, kind = :assignmentKind
                where id = :id""")
            .param("unit", assignment.unit()).param("role", assignment.role().name())
            .param("task", assignment.task()).params(deadlineParams(assignment.deadline()))
            .param("assignmentKind", assignment.kind().name())
            .param("id", current.get(position).id()).update();
      } else {
        insert(planId, position, assignment);
      }
    }
    for (Assignment removed : current.subList(Math.min(wanted.size(), current.size()), current.size())) {
      jdbc.sql("update plan_event set assignment_id = null where assignment_id = :id").param("id", removed.id()).update();
      jdbc.sql("delete from assignment where id = :id").param("id", removed.id()).update();
    }
  }
  public void insert(long planId, int position, NewAssignment assignment) {
    jdbc.sql("""
            insert into assignment (plan_id, seq_no, unit_id, role, task, deadline_phrase, deadline_kind, due_date,
                                    original_due_date, cycle, day_in_period, before_day, relative_amount,
                                    relative_working_days, deadline_note, start_date, deadline_phases,
                                    period_start, period_end, first_report_date, kind)
            values (:plan, :pos, :unit, :role, :task, :phrase, :kind, :due, :due, :cycle, :day, :before, :amount,
                    :working, :note, :start, :phases, :periodStart, :periodEnd, :firstReport, :assignmentKind)""")
        .param("plan", planId).param("pos", position).param("unit", assignment.unit())
        .param("role", assignment.role().name()).param("task", assignment.task())
        .params(deadlineParams(assignment.deadline())).param("assignmentKind", assignment.kind().name())
        .update();
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
    params.put("start", deadline.start());
    params.put("phases", deadline.phases().isEmpty() ? null
        : deadline.phases().stream().map(DateRange::toString).collect(java.util.stream.Collectors.joining(";")));
    params.put("periodStart", deadline.period() == null ? null : deadline.period().start());
    params.put("periodEnd", deadline.period() == null ? null : deadline.period().lastDay());
    params.put("firstReport", deadline.firstReport());
    return params;
  }
  /** The drafter sets the deadline again (before signature): it becomes the original deadline too. */
  public void replaceDeadline(long assignmentId, Deadline deadline) {
    jdbc.sql("""
            update assignment set deadline_phrase = :phrase, deadline_kind = :kind, due_date = :due,
                   original_due_date = :due, cycle = :cycle, day_in_period = :day, before_day = :before,
                   relative_amount = :amount, relative_working_days = :working, deadline_note = :note,
                   start_date = :start, deadline_phases = :phases, period_start = :periodStart,
                   period_end = :periodEnd, first_report_date = :firstReport
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
        .param("at", JdbcTime.timestamp(at)).param("id", assignmentId).update();
  }
  /** Level 1: to the monitoring unit; level 2: to the signer. The first time of each is kept. */
  public void markEscalated(long assignmentId, int level, Instant at) {
    String column = level == 1 ? "escalated_at" : "escalated_to_signer_at";
    jdbc.sql("update assignment set " + column + " = :at where id = :id and " + column + " is null")
        .param("at", JdbcTime.timestamp(at)).param("id", assignmentId).update();
  }
  public long addExtensionRequest(long assignmentId, String reason, LocalDate newDueDate, String by, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into extension_request (assignment_id, requested_at, requested_by, reason, new_due_date)
            values (:assignment, :at, :by, :reason, :due)""")
        .param("assignment", assignmentId).param("at", JdbcTime.timestamp(at)).param("by", by).param("reason", reason)
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
        .param("at", JdbcTime.timestamp(at)).param("by", by).param("decision", decision).param("remark", remark)
        .param("id", requestId).update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("Extension request " + requestId + " is already decided");
    }
  }
  public void addPeriodicReport(long assignmentId, Instant periodDue, String report, Instant at) {
    addPeriodicReport(assignmentId, periodDue, null, report, at);
  }
  /** @param covered the period the report covers (a report calendar's), or null */
  public void addPeriodicReport(long assignmentId, Instant periodDue, DateRange covered, String report, Instant at) {
    jdbc.sql("""
            insert into periodic_report (assignment_id, period_due, reported_at, report, period_start, period_end)
            values (:assignment, :due, :at, :report, :periodStart, :periodEnd)""")
        .param("assignment", assignmentId).param("due", JdbcTime.timestamp(periodDue)).param("at", JdbcTime.timestamp(at))
        .param("report", report).param("periodStart", covered == null ? null : covered.start())
        .param("periodEnd", covered == null ? null : covered.lastDay()).update();
  }
  public List<PeriodicReport> periodicReports(long assignmentId) {
    return jdbc.sql("select * from periodic_report where assignment_id = :assignment order by id")
        .param("assignment", assignmentId)
        .query((rs, n) -> new PeriodicReport(JdbcTime.instant(rs, "period_due"), JdbcTime.instant(rs, "reported_at"),
            rs.getString("report"), range(rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class))))
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
    return new ExtensionRequest(rs.getLong("id"), rs.getLong("assignment_id"), JdbcTime.instant(rs, "requested_at"),
        rs.getString("requested_by"), rs.getString("reason"), rs.getObject("new_due_date", LocalDate.class),
        JdbcTime.instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision"), rs.getString("remark"));
  }
  public Optional<Assignment> find(long id) {
    return jdbc.sql("select * from assignment where id = :id").param("id", id)
        .query((rs, n) -> assignment(rs)).optional();
  }
  /** Records the unit's result; an assignment is reported once. */
  public void markDone(long assignmentId, String report, Instant at) {
    int updated = jdbc.sql("""
            update assignment set done_at = :at, report = :report where id = :id and done_at is null""")
        .param("at", JdbcTime.timestamp(at)).param("report", report).param("id", assignmentId).update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("Assignment " + assignmentId + " is already done or does not exist");
    }
  }
  /** The unit's plan in force for an OWN_PLAN assignment. */
  public void bindChildPlan(long assignmentId, long childPlanId) {
    jdbc.sql("update assignment set child_plan_id = :child where id = :id")
        .param("child", childPlanId).param("id", assignmentId).update();
  }

  /** The OWN_PLAN assignment whose plan in force is this one. */
  public Optional<Assignment> ofChildPlan(long childPlanId) {
    return jdbc.sql("select * from assignment where child_plan_id = :child order by id fetch first 1 rows only")
        .param("child", childPlanId).query((rs, n) -> assignment(rs)).optional();
  }

  /**
   * The open OWN_PLAN assignment of a plan to a unit still waiting for its plan: none bound yet, or the one bound was
   * rejected at signature.
   */
  public Optional<Assignment> waitingForOwnPlan(long planId, String unit) {
    return jdbc.sql("""
            select a.* from assignment a left join plan c on c.id = a.child_plan_id
            where a.plan_id = :plan and a.unit_id = :unit and a.kind = 'OWN_PLAN' and a.done_at is null
              and (a.child_plan_id is null or c.state = 'REJECTED')
            order by a.seq_no fetch first 1 rows only""")
        .param("plan", planId).param("unit", unit).query((rs, n) -> assignment(rs)).optional();
  }

  public List<Assignment> ofPlan(long planId) {
    return jdbc.sql("select * from assignment where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> assignment(rs)).list();
  }
  /** The assignments of these plans, each plan's in order. */
  public List<Assignment> ofPlans(java.util.Collection<Long> planIds) {
    if (planIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from assignment where plan_id in (:plans) order by plan_id, seq_no")
        .param("plans", List.copyOf(planIds)).query((rs, n) -> assignment(rs)).list();
  }
  private static List<DateRange> phases(String text) {
    return text == null || text.isBlank() ? List.of()
        : java.util.Arrays.stream(text.split(";")).map(DateRange::parse).toList();
  }

  private static DateRange range(LocalDate start, LocalDate lastDay) {
    return start == null || lastDay == null ? null : new DateRange(start, lastDay);
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    String cycle = rs.getString("cycle");
    String day = rs.getString("day_in_period");
    Integer amount = rs.getObject("relative_amount", Integer.class);
    Deadline deadline = new Deadline(rs.getString("deadline_phrase"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
        rs.getObject("due_date", LocalDate.class), cycle == null ? null : Cycle.valueOf(cycle),
        day == null ? null : MonthDay.parse(day), rs.getBoolean("before_day"), amount,
        rs.getBoolean("relative_working_days"), rs.getString("deadline_note"),
        rs.getObject("start_date", LocalDate.class), phases(rs.getString("deadline_phases")),
        range(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
        rs.getObject("first_report_date", LocalDate.class));
    return new Assignment(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq_no"), rs.getString("unit_id"),
        AssignmentRole.valueOf(rs.getString("role")), rs.getString("task"), deadline,
        rs.getObject("original_due_date", LocalDate.class), JdbcTime.instant(rs, "done_at"), rs.getString("report"),
        JdbcTime.instant(rs, "reminded_at"), JdbcTime.instant(rs, "escalated_at"), JdbcTime.instant(rs, "escalated_to_signer_at"),
        rs.getInt("extension_count"), AssignmentKind.valueOf(rs.getString("kind")),
        rs.getObject("child_plan_id", Long.class));
  }
}
