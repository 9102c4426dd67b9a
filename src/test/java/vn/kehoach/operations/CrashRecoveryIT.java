package vn.kehoach.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kill the application (SIGKILL) while plans are half approved and timers are due, restart it on the same
 * PostgreSQL database: every plan, task and timer is there, and every overdue timer fires exactly once, also when
 * the node is killed again in the middle of firing them.
 */
class CrashRecoveryIT {

  private static final int PLANS = 4;
  private static final int ASSIGNMENTS = 5;

  @Test
  void nothingIsLostAndEveryOverdueTimerFiresExactlyOnce() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create("crash")) {
      long halfApproved;
      List<Long> issued = new ArrayList<>();
      AppNode node = AppNode.start("node-a", database, false);
      try {
        halfApproved = PlanDriver.create(node, PlanDriver.plan("Kế hoạch dở dang khi máy dừng", 2, "2030-12-31"));
        PlanDriver.submitDraft(node, halfApproved);
        for (int i = 0; i < PLANS; i++) {
          issued.add(PlanDriver.issue(node, PlanDriver.plan("Kế hoạch quá hạn " + i, ASSIGNMENTS, "2024-03-31")));
        }
        assertThat(dueTimers(database)).as("overdue timers waiting for a job executor").isEqualTo(PLANS * ASSIGNMENTS * 3);
      } finally {
        node.kill();
      }

      // restarted with its job executor: killed again as soon as it has fired a few of the timers
      node = AppNode.start("node-a", database, true);
      try {
        awaitAtLeast(database, 1, Duration.ofSeconds(60));
      } finally {
        node.kill();
      }
      long firedBeforeSecondCrash = escalations(database);
      System.out.printf("CrashRecoveryIT: %d of %d escalations done when the node was killed again%n",
          firedBeforeSecondCrash, PLANS * ASSIGNMENTS);

      node = AppNode.start("node-a", database, true);
      try {
        awaitAtLeast(database, PLANS * ASSIGNMENTS, Duration.ofSeconds(90));
        awaitNoDueTimers(database, Duration.ofSeconds(60));
        assertThat(database.jdbc.sql("select count(*) from assignment where escalated_at is not null")
            .query(Long.class).single()).isEqualTo(PLANS * ASSIGNMENTS);
        assertThat(database.jdbc.sql("select count(*) from assignment where escalated_to_signer_at is not null")
            .query(Long.class).single()).isEqualTo(PLANS * ASSIGNMENTS);
        assertThat(perAssignment(database, "ESCALATION_1")).as("one level-1 escalation per assignment")
            .containsOnly(1L).hasSize(PLANS * ASSIGNMENTS);
        assertThat(perAssignment(database, "ESCALATION_2")).containsOnly(1L).hasSize(PLANS * ASSIGNMENTS);
        assertThat(tasks(database, "Task_UrgeAssignment")).as("no duplicate 'Đôn đốc'").isEqualTo(PLANS * ASSIGNMENTS);
        assertThat(tasks(database, "Task_UrgeBySigner")).isEqualTo(PLANS * ASSIGNMENTS);
        assertThat(database.jdbc.sql("select count(*) from plan_event where step = 'REMINDER'").query(Long.class)
            .single()).as("no reminder after the deadline").isZero();

        // the half-approved plan waits where it was and goes on
        assertThat(database.jdbc.sql("select state from plan where id = :id").param("id", halfApproved)
            .query(String.class).single()).isEqualTo("IN_REVIEW");
        PlanDriver.complete(node, "vanphong", PlanDriver.task(node, "vanphong", halfApproved, "Task_ReviewPlan"),
            PlanDriver.decision("APPROVE"));
        assertThat(node.json("GET", "/api/plans/" + halfApproved, "congan", null).get("state").asText())
            .isEqualTo("AWAITING_SIGNATURE");
        for (long plan : issued) {
          assertThat(node.json("GET", "/api/plans/" + plan, "congan", null).get("state").asText())
              .isEqualTo("IN_EXECUTION");
        }
      } finally {
        node.close();
      }
    }
  }

  static long dueTimers(PostgresDatabase database) {
    return database.jdbc.sql("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= now()")
        .query(Long.class).single();
  }

  static long escalations(PostgresDatabase database) {
    return database.jdbc.sql("select count(*) from assignment where escalated_at is not null").query(Long.class).single();
  }

  static List<Long> perAssignment(PostgresDatabase database, String step) {
    return database.jdbc.sql("select count(*) from plan_event where step = :step group by assignment_id")
        .param("step", step).query(Long.class).list();
  }

  static long tasks(PostgresDatabase database, String key) {
    return database.jdbc.sql("select count(*) from act_ru_task where task_def_key_ = :key").param("key", key)
        .query(Long.class).single();
  }

  static void awaitAtLeast(PostgresDatabase database, long escalations, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (escalations(database) < escalations) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("only " + escalations(database) + " of " + escalations + " escalations after " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  static void awaitNoDueTimers(PostgresDatabase database, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (dueTimers(database) > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(dueTimers(database) + " timers still due after " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}
