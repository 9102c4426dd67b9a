package vn.kehoach.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kehoach.plan.PlanState;

/**
 * The few columns the tree shows, read level by level in a handful of statements whatever the tree's size: a plan's
 * full row (history, recipients ...) is not needed to draw a node.
 */
@Repository
class PlanTreeRows {

  /** One plan as a node shows it. */
  record Row(long id, String number, LocalDate issuedOn, String title, String issuer, String externalIssuer,
             String drafter, String monitoringUnit, PlanState state) {}

  private final JdbcClient jdbc;

  PlanTreeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Row> rows(Collection<Long> ids) {
    Map<Long, Row> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    jdbc.sql("""
            select id, number_text, issued_on, title, issuer_unit, external_issuer, drafter_unit, monitoring_unit, state
            from plan where id in (:ids)""")
        .param("ids", List.copyOf(ids))
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number_text"),
            rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("issuer_unit"),
            rs.getString("external_issuer"), rs.getString("drafter_unit"), rs.getString("monitoring_unit"),
            PlanState.valueOf(rs.getString("state"))))
        .list().forEach(row -> rows.put(row.id(), row));
    return rows;
  }

  /** The plan this one carries out, the first it cites that is in the system. */
  Optional<Long> parentOf(long id) {
    return jdbc.sql("""
            select implemented_plan_id from plan_document
            where plan_id = :id and implemented_plan_id is not null and implemented_plan_id <> :id
            order by seq_no fetch first 1 rows only""")
        .param("id", id).query(Long.class).optional();
  }

  /** For each of these plans, the plans carrying it out, oldest first. */
  Map<Long, List<Long>> childrenOf(Collection<Long> ids) {
    Map<Long, List<Long>> children = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return children;
    }
    jdbc.sql("""
            select distinct implemented_plan_id, plan_id from plan_document
            where implemented_plan_id in (:ids) and plan_id <> implemented_plan_id
            order by implemented_plan_id, plan_id""")
        .param("ids", List.copyOf(ids))
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
        .list().forEach(e -> children.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return children;
  }
}
