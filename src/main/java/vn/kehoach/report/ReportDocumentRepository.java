package vn.kehoach.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.kehoach.system.JdbcTime;

/** The generated report documents (table report_document, V8). */
@Repository
public class ReportDocumentRepository {

  private static final String COLUMNS = "id, plan_id, cycle, sha256, created_at, created_by, presented_task, "
      + "approved_at, approved_by, number_text";

  private final JdbcClient jdbc;

  public ReportDocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long add(long planId, ReportCycle cycle, byte[] content, String sha256, Instant at, String by) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into report_document (plan_id, cycle, content, sha256, created_at, created_by) "
            + "values (:plan, :cycle, :content, :sha, :at, :by)")
        .param("plan", planId).param("cycle", cycle.name()).param("content", content).param("sha", sha256)
        .param("at", JdbcTime.timestamp(at)).param("by", by)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The newest document of the plan (of any cycle). */
  public Optional<ReportDocument> latest(long planId) {
    return jdbc.sql("select " + COLUMNS + " from report_document where plan_id = :plan order by id desc limit 1")
        .param("plan", planId).query(ReportDocumentRepository::row).optional();
  }

  public Optional<ReportDocument> presentedTo(String taskId) {
    return jdbc.sql("select " + COLUMNS + " from report_document where presented_task = :task order by id desc limit 1")
        .param("task", taskId).query(ReportDocumentRepository::row).optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("select content from report_document where id = :id").param("id", id)
        .query((rs, n) -> rs.getBytes(1)).single();
  }

  public void present(long id, String taskId) {
    jdbc.sql("update report_document set presented_task = :task where id = :id")
        .param("task", taskId).param("id", id).update();
  }

  public void approve(long id, Instant at, String by, String numberText) {
    jdbc.sql("update report_document set approved_at = :at, approved_by = :by, number_text = :number where id = :id")
        .param("at", JdbcTime.timestamp(at)).param("by", by).param("number", numberText).param("id", id).update();
  }

  private static ReportDocument row(ResultSet rs, int n) throws SQLException {
    return new ReportDocument(rs.getLong("id"), rs.getLong("plan_id"), ReportCycle.valueOf(rs.getString("cycle")),
        rs.getString("sha256"), JdbcTime.instant(rs, "created_at"), rs.getString("created_by"),
        rs.getString("presented_task"), JdbcTime.instant(rs, "approved_at"), rs.getString("approved_by"),
        rs.getString("number_text"));
  }
}
