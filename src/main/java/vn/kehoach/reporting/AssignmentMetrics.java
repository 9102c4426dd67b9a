package vn.kehoach.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gauges of open, overdue and escalated assignments of issued plans, read from the database when scraped. */
@Component
public class AssignmentMetrics implements MeterBinder {

  private final JdbcClient jdbc;
  private final Clock clock;

  public AssignmentMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("kehoach.assignments.open", () -> count("a.done_at is null"))
        .description("Assignments of issued plans not yet done").register(registry);
    Gauge.builder("kehoach.assignments.overdue", () -> count("a.done_at is null and a.due_date < :today"))
        .description("Open assignments past their deadline").register(registry);
    Gauge.builder("kehoach.assignments.escalated", () -> count("a.done_at is null and a.escalated_at is not null"))
        .description("Open assignments escalated to the monitoring unit").register(registry);
  }

  private long count(String condition) {
    String sql = "select count(*) from assignment a join plan p on p.id = a.plan_id where p.issued_on is not null and "
        + condition;
    JdbcClient.StatementSpec statement = jdbc.sql(sql);
    if (condition.contains(":today")) {
      statement = statement.param("today",
          OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(7)).toLocalDate());
    }
    return statement.query(Long.class).single();
  }
}
