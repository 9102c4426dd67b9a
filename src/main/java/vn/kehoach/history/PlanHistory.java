package vn.kehoach.history;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kehoach.system.JdbcTime;

/** What was decided or done on each plan, in the order it happened (table plan_event). */
@Repository
public class PlanHistory {

  private final JdbcClient jdbc;

  public PlanHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(long planId, PlanEvent event) {
    jdbc.sql("""
            insert into plan_event (plan_id, assignment_id, occurred_at, step, decision, remark, actor)
            values (:plan, :assignment, :at, :step, :decision, :remark, :actor)""")
        .param("plan", planId).param("assignment", event.assignmentId()).param("at", JdbcTime.timestamp(event.at()))
        .param("step", event.step()).param("decision", event.decision()).param("remark", event.comment())
        .param("actor", event.by())
        .update();
  }

  /** The plan's events, oldest first. */
  public List<PlanEvent> of(long planId) {
    return jdbc.sql("select * from plan_event where plan_id = :plan order by id").param("plan", planId)
        .query((rs, n) -> new PlanEvent(JdbcTime.instant(rs, "occurred_at"), rs.getString("step"), rs.getString("decision"),
            rs.getString("remark"), rs.getString("actor"), (Long) rs.getObject("assignment_id", Long.class)))
        .list();
  }
}
