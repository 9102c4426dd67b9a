package vn.kehoach.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.kehoach.system.JdbcTime;

/** The evidence table: each file's row with its bytes and hash. Lists never read the bytes. */
@Repository
public class EvidenceRepository {

  private static final String COLUMNS = "id, plan_id, assignment_id, file_name, content_type, size_bytes, sha256, note, "
      + "uploaded_by, uploaded_at";

  private final JdbcClient jdbc;

  public EvidenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long planId, Long assignmentId, String fileName, FileKind kind, byte[] content, String sha256,
              String note, String by, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into evidence (plan_id, assignment_id, file_name, content_type, size_bytes, sha256, note, uploaded_by,
                                  uploaded_at, content)
            values (:plan, :assignment, :name, :type, :size, :sha, :note, :by, :at, :content)""")
        .param("plan", planId).param("assignment", assignmentId).param("name", fileName)
        .param("type", kind.contentType()).param("size", (long) content.length).param("sha", sha256)
        .param("note", note).param("by", by).param("at", JdbcTime.timestamp(at)).param("content", content)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Evidence> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from evidence where id = :id").param("id", id)
        .query(EvidenceRepository::evidence).optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("select content from evidence where id = :id").param("id", id)
        .query((rs, n) -> rs.getBytes(1)).single();
  }

  /** Every file of the plan: the plan's own (consolidated report) first, then by assignment, oldest first. */
  public List<Evidence> ofPlan(long planId) {
    return jdbc.sql("select " + COLUMNS + " from evidence where plan_id = :plan "
            + "order by case when assignment_id is null then 0 else 1 end, assignment_id, id")
        .param("plan", planId).query(EvidenceRepository::evidence).list();
  }

  public List<Evidence> ofAssignment(long planId, long assignmentId) {
    return jdbc.sql("select " + COLUMNS + " from evidence where plan_id = :plan and assignment_id = :assignment "
            + "order by id")
        .param("plan", planId).param("assignment", assignmentId).query(EvidenceRepository::evidence).list();
  }

  /** The files of one assignment, or of the plan itself when {@code assignmentId} is null. */
  int count(long planId, Long assignmentId) {
    String which = assignmentId == null ? "assignment_id is null" : "assignment_id = :assignment";
    var sql = jdbc.sql("select count(*) from evidence where plan_id = :plan and " + which).param("plan", planId);
    if (assignmentId != null) {
      sql = sql.param("assignment", assignmentId);
    }
    return sql.query(Integer.class).single();
  }

  /**
   * Locks the row files are counted under (the assignment, or the plan for its own files) until the transaction
   * ends, so that two uploads at once cannot both pass the count.
   */
  void lock(long planId, Long assignmentId) {
    if (assignmentId == null) {
      jdbc.sql("select id from plan where id = :id for update").param("id", planId).query(Long.class).list();
    } else {
      jdbc.sql("select id from assignment where id = :id for update").param("id", assignmentId).query(Long.class).list();
    }
  }

  void delete(long id) {
    jdbc.sql("delete from evidence where id = :id").param("id", id).update();
  }

  private static Evidence evidence(ResultSet rs, int n) throws SQLException {
    return new Evidence(rs.getLong("id"), rs.getLong("plan_id"), rs.getObject("assignment_id", Long.class),
        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getString("note"), rs.getString("uploaded_by"), JdbcTime.instant(rs, "uploaded_at"));
  }
}
