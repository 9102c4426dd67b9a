package vn.kehoach.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRepository;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.history.PlanHistory;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.plan.NewPlan.NewRecipient;
import vn.kehoach.system.JdbcTime;

/** Plans, their implemented documents and recipients in the application's own tables (assignments and history have their own). */
@Repository
public class PlanRepository {

  private static final String PLAN_COLUMNS = """
      id, title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, number_sequence, number_text,
      issued_on, number_period, process_instance_id, consolidated_report, created_at, closed_at, version,
      issued_elsewhere, external_issuer, interim_review_on, final_review_on""";

  private final JdbcClient jdbc;
  private final AssignmentRepository assignments;
  private final PlanHistory history;

  public PlanRepository(JdbcClient jdbc, AssignmentRepository assignments, PlanHistory history) {
    this.jdbc = jdbc;
    this.assignments = assignments;
    this.history = history;
  }

  /** Stores a new plan in state DRAFTING and returns its id. */
  public long insert(NewPlan plan, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into plan (title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, created_at, version,
                              interim_review_on, final_review_on)
            values (:title, :type, :issuer, :drafter, :monitoring, :state, :now, 0, :interim, :final)""")
        .param("interim", plan.interimReviewOn()).param("final", plan.finalReviewOn())
        .param("title", plan.title()).param("type", plan.type()).param("issuer", plan.issuer())
        .param("drafter", plan.drafter()).param("monitoring", plan.monitoringUnit())
        .param("state", PlanState.DRAFTING.name()).param("now", JdbcTime.timestamp(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    insertContent(id, plan);
    return id;
  }

  /**
   * Stores a plan another body issued, already IN_EXECUTION with the document's own number and date: no register of
   * ours is touched (number_period stays null).
   */
  public long insertIssuedElsewhere(NewPlan plan, String number, LocalDate issuedOn, String externalIssuer,
                                    Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into plan (title, doc_type, issuer_unit, drafter_unit, monitoring_unit, state, number_text, issued_on,
                              issued_elsewhere, external_issuer, created_at, version, interim_review_on, final_review_on)
            values (:title, :type, :issuer, :drafter, :monitoring, :state, :number, :issuedOn, true, :external, :now,
                    0, :interim, :final)""")
        .param("interim", plan.interimReviewOn()).param("final", plan.finalReviewOn())
        .param("title", plan.title()).param("type", plan.type()).param("issuer", plan.issuer())
        .param("drafter", plan.drafter()).param("monitoring", plan.monitoringUnit())
        .param("state", PlanState.IN_EXECUTION.name()).param("number", number).param("issuedOn", issuedOn)
        .param("external", externalIssuer).param("now", JdbcTime.timestamp(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    insertContent(id, plan);
    return id;
  }

  private void insertContent(long id, NewPlan plan) {
    insertDocuments(id, plan.implementsDocuments());
    for (int position = 0; position < plan.assignments().size(); position++) {
      assignments.insert(id, position, plan.assignments().get(position));
    }
    insertRecipients(id, plan.recipients());
  }

  /** A plan issued elsewhere already taken in with this number and date of issue. */
  Optional<Long> issuedElsewhere(String number, LocalDate issuedOn) {
    return jdbc.sql("""
            select id from plan where issued_elsewhere and number_text = :number and issued_on = :date
            order by id fetch first 1 rows only""")
        .param("number", number).param("date", issuedOn).query(Long.class).optional();
  }

  /**
   * Replaces the content of a draft, failing if someone changed the plan since {@code expectedVersion}. The plan's
   * row goes first: a concurrent edit waits for its lock, then fails the version check before touching any other row.
   */
  public void updateDraft(long id, int expectedVersion, NewPlan plan, List<Assignment> current) {
    checked(id, jdbc.sql("""
            update plan set title = :title, doc_type = :type, monitoring_unit = :monitoring,
                interim_review_on = :interim, final_review_on = :final, version = version + 1
            where id = :id and version = :version""")
        .param("interim", plan.interimReviewOn()).param("final", plan.finalReviewOn())
        .param("title", plan.title()).param("type", plan.type()).param("monitoring", plan.monitoringUnit())
        .param("id", id).param("version", expectedVersion).update());
    // documents and recipients are referred to by nothing: replaced whole
    jdbc.sql("delete from plan_document where plan_id = :plan").param("plan", id).update();
    insertDocuments(id, plan.implementsDocuments());
    jdbc.sql("delete from recipient where plan_id = :plan").param("plan", id).update();
    insertRecipients(id, plan.recipients());
    assignments.replace(id, current, plan.assignments());
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

  /**
   * A plan that has just taken its number links the plans already in the system that cite that number (and its date,
   * when they give one) as the document they carry out: a child drafted or taken in before its parent was issued
   * here, or before the parent was taken in.
   */
  public int linkChildrenWaitingFor(long planId, String number, LocalDate issuedOn) {
    return jdbc.sql("""
            update plan_document set implemented_plan_id = :plan
            where implemented_plan_id is null and plan_id <> :plan and doc_number = :number
              and (doc_date is null or doc_date = :date)""")
        .param("plan", planId).param("number", number).param("date", issuedOn).update();
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
    return find(id, true);
  }

  /** The plan's own row only: its documents, assignments, recipients and history are left empty (one query, not six). */
  public Optional<Plan> findHeader(long id) {
    return find(id, false);
  }

  private Optional<Plan> find(long id, boolean withDetails) {
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where id = :id").param("id", id)
        .query((rs, n) -> plan(rs, withDetails)).optional();
  }

  /** Plans involving one of the units in {@code :visible}: issuer, drafter, monitor, assignee or recipient. */
  private static final String INVOLVING_VISIBLE = """
       and (p.issuer_unit in (:visible) or p.drafter_unit in (:visible) or p.monitoring_unit in (:visible)
            or exists (select 1 from assignment a where a.plan_id = p.id and a.unit_id in (:visible))
            or exists (select 1 from recipient r where r.plan_id = p.id and r.unit_id in (:visible)))""";

  /** Those of these plans involving one of the groups, by the same rule as the lists ({@code INVOLVING_VISIBLE}). */
  public Set<Long> involving(Collection<Long> ids, Set<String> groups) {
    if (ids.isEmpty() || groups.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("select p.id from plan p where p.id in (:ids)" + INVOLVING_VISIBLE)
        .param("ids", List.copyOf(ids)).param("visible", List.copyOf(groups)).query(Long.class).list());
  }

  /** Plans, newest first, optionally in one state and/or involving one unit (issuer, drafter, monitor, assignee, recipient). */
  public List<Plan> list(PlanState state, String unit, java.util.Set<String> visibleTo, int limit) {
    StringBuilder sql = new StringBuilder("select " + PLAN_COLUMNS + " from plan p where 1 = 1");
    if (visibleTo != null) {
      if (visibleTo.isEmpty()) {
        return List.of();
      }
      sql.append(INVOLVING_VISIBLE);
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

  /**
   * Plans matching the filter, newest first, among those involving one of {@code visibleTo} (null: all plans). The
   * period is the issue date of an issued plan and the creation day (in Vietnam) of one not issued.
   */
  public List<Plan> list(PlanFilter filter, java.util.Set<String> visibleTo, int limit) {
    StringBuilder sql = new StringBuilder("select " + PLAN_COLUMNS + " from plan p where 1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (visibleTo != null) {
      if (visibleTo.isEmpty()) {
        return List.of();
      }
      sql.append(INVOLVING_VISIBLE);
      params.put("visible", List.copyOf(visibleTo));
    }
    if (filter.issuer() != null) {
      sql.append(" and p.issuer_unit = :issuer");
      params.put("issuer", filter.issuer());
    }
    if (!filter.states().isEmpty()) {
      sql.append(" and p.state in (:states)");
      params.put("states", filter.states().stream().map(PlanState::name).toList());
    }
    if (filter.from() != null) {
      sql.append(" and (p.issued_on >= :from or p.issued_on is null and p.created_at >= :fromStart)");
      params.put("from", filter.from());
      params.put("fromStart", JdbcTime.timestamp(filter.from().atStartOfDay(Deadline.VIETNAM).toInstant()));
    }
    if (filter.to() != null) {
      sql.append(" and (p.issued_on <= :to or p.issued_on is null and p.created_at < :toEnd)");
      params.put("to", filter.to());
      params.put("toEnd", JdbcTime.timestamp(filter.to().plusDays(1).atStartOfDay(Deadline.VIETNAM).toInstant()));
    }
    if (filter.number() != null && !filter.number().isBlank()) {
      sql.append(" and lower(p.number_text) like :number escape '!'");
      params.put("number", "%" + filter.number().strip().toLowerCase(java.util.Locale.ROOT)
          .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    sql.append(" order by p.id desc fetch first ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> plan(rs, false)).list();
  }


  /** Changes the state, failing if someone changed the plan since {@code expectedVersion}. */
  public void updateState(long id, int expectedVersion, PlanState state, Instant closedAt) {
    checked(id, jdbc.sql("""
            update plan set state = :state, closed_at = :closed, version = version + 1
            where id = :id and version = :version""")
        .param("state", state.name()).param("closed", JdbcTime.timestamp(closedAt))
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
        .param("state", PlanState.CLOSED.name()).param("report", report).param("closed", JdbcTime.timestamp(closedAt))
        .param("id", id).param("version", expectedVersion).update());
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update plan set process_instance_id = :pi where id = :id")
        .param("pi", processInstanceId).param("id", id).update();
  }

  public void markDisseminated(long planId, Instant at) {
    jdbc.sql("update recipient set disseminated_at = :at where plan_id = :plan and disseminated_at is null")
        .param("at", JdbcTime.timestamp(at)).param("plan", planId).update();
  }

  public void markAcknowledged(long planId, String unit, String by, Instant at) {
    jdbc.sql("""
            update recipient set acknowledged_at = :at, acknowledged_by = :by
            where plan_id = :plan and unit_id = :unit and acknowledged_at is null""")
        .param("at", JdbcTime.timestamp(at)).param("by", by).param("plan", planId).param("unit", unit).update();
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
        JdbcTime.instant(rs, "created_at"), JdbcTime.instant(rs, "closed_at"), rs.getInt("version"),
        withDetails ? documents(id) : List.of(), withDetails ? assignments.ofPlan(id) : List.of(),
        withDetails ? recipients(id) : List.of(), withDetails ? history.of(id) : List.of(),
        rs.getBoolean("issued_elsewhere"), rs.getString("external_issuer"),
        rs.getObject("interim_review_on", LocalDate.class), rs.getObject("final_review_on", LocalDate.class));
  }

  private List<ImplementedDocument> documents(long planId) {
    return jdbc.sql("select * from plan_document where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> new ImplementedDocument(rs.getString("doc_number"), rs.getObject("doc_date", LocalDate.class),
            rs.getString("issuer"), rs.getString("title"), rs.getObject("implemented_plan_id", Long.class)))
        .list();
  }



  private List<Recipient> recipients(long planId) {
    return jdbc.sql("select * from recipient where plan_id = :plan order by seq_no").param("plan", planId)
        .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getInt("seq_no"), rs.getString("unit_id"),
            rs.getString("name"), RecipientPurpose.valueOf(rs.getString("purpose")), JdbcTime.instant(rs, "disseminated_at"),
            JdbcTime.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by")))
        .list();
  }
}
