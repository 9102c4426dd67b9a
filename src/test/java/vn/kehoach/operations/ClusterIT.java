package vn.kehoach.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each with its own job executor, on one PostgreSQL database (Camunda 7's own clustering):
 * 200 overdue assignments escalate exactly once; two users completing the same task at once, one on each node,
 * get one success and one conflict; plans signed at once on both nodes get distinct consecutive numbers.
 */
class ClusterIT {

  private static final int PLANS = 20;
  private static final int ASSIGNMENTS = 10;
  private static final int OVERDUE = PLANS * ASSIGNMENTS;

  @Test
  void twoNodesShareTheWorkWithoutDoingAnythingTwice() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create("cluster")) {
      List<Long> plans = new ArrayList<>();
      try (AppNode setup = AppNode.start("setup", database, false)) {
        for (int i = 0; i < PLANS; i++) {
          plans.add(PlanDriver.issue(setup, PlanDriver.plan("Kế hoạch cụm máy " + i, ASSIGNMENTS, "2024-03-31")));
        }
      }
      assertThat(CrashRecoveryIT.dueTimers(database)).isEqualTo(OVERDUE * 3L);

      ExecutorService starting = Executors.newFixedThreadPool(2);
      Future<AppNode> startingA = starting.submit(() -> AppNode.start("node-a", database, true));
      Future<AppNode> startingB = starting.submit(() -> AppNode.start("node-b", database, true));
      try (AppNode a = startingA.get(3, TimeUnit.MINUTES); AppNode b = startingB.get(3, TimeUnit.MINUTES)) {
        starting.shutdown();
        CrashRecoveryIT.awaitAtLeast(database, OVERDUE, Duration.ofMinutes(3));
        CrashRecoveryIT.awaitNoDueTimers(database, Duration.ofMinutes(2));

        assertThat(CrashRecoveryIT.perAssignment(database, "ESCALATION_1")).as("escalations per assignment")
            .hasSize(OVERDUE).containsOnly(1L);
        assertThat(CrashRecoveryIT.perAssignment(database, "ESCALATION_2")).hasSize(OVERDUE).containsOnly(1L);
        assertThat(CrashRecoveryIT.tasks(database, "Task_UrgeAssignment")).as("one 'Đôn đốc' each").isEqualTo(OVERDUE);
        assertThat(CrashRecoveryIT.tasks(database, "Task_UrgeBySigner")).isEqualTo(OVERDUE);
        List<String> hosts = database.jdbc.sql("""
                select hostname_ || ':' || count(*) from act_hi_job_log
                where job_state_ = 2 group by hostname_ order by hostname_""")
            .query(String.class).list();
        System.out.printf("ClusterIT: %d overdue assignments, timer jobs run per node %s%n", OVERDUE, hosts);
        assertThat(hosts).as("both job executors took part").hasSize(2);

        completingTheSameTaskAtOnceGivesOneSuccessAndOneConflict(database, a, b, plans);
        plansSignedAtOnceOnBothNodesGetDistinctConsecutiveNumbers(database, a, b);
      }
    }
  }

  private void completingTheSameTaskAtOnceGivesOneSuccessAndOneConflict(PostgresDatabase database, AppNode a, AppNode b,
                                                                         List<Long> plans) throws Exception {
    int races = 10;
    List<Integer> losers = new ArrayList<>();
    for (int i = 0; i < races; i++) {
      long plan = plans.get(i);
      JsonNode urges = a.json("GET", "/engine-rest/task?processInstanceBusinessKey=" + plan
          + "&taskDefinitionKey=Task_UrgeAssignment", "congan", null);
      String task = urges.get(0).get("id").asText();
      String body = "{\"variables\": {\"urgeNote\": {\"value\": \"Đã đôn đốc\"}}}";
      List<HttpResponse<String>> responses = results(
          () -> a.send("POST", "/engine-rest/task/" + task + "/complete", "congan", body),
          () -> b.send("POST", "/engine-rest/task/" + task + "/complete", "congan", body));
      List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("race %d", i).containsOnlyOnce(204);
      HttpResponse<String> other = responses.get(0).statusCode() == 204 ? responses.get(1) : responses.get(0);
      int loser = other.statusCode();
      assertThat(loser).as("the other one is told the task is taken: %s", other.body()).isEqualTo(409);
      losers.add(loser);
      assertThat(database.jdbc.sql("select count(*) from plan_event where plan_id = :plan and step = 'Task_UrgeAssignment'")
          .param("plan", plan).query(Long.class).single()).as("the urge is recorded once").isEqualTo(1L);
    }
    System.out.printf("ClusterIT: %d races on one task from two nodes: 1 x 204 and 1 x %s each%n", races, losers);
  }

  private void plansSignedAtOnceOnBothNodesGetDistinctConsecutiveNumbers(PostgresDatabase database, AppNode a,
                                                                         AppNode b) throws Exception {
    int count = 8;
    List<Long> plans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      plans.add(PlanDriver.toSignature(i % 2 == 0 ? a : b,
          PlanDriver.plan("Kế hoạch ký đồng thời trên hai máy " + i, 1, "2030-12-31").replace("\"issuer\"",
              "\"type\": \"CTR\", \"issuer\"")));
    }
    List<Callable<Integer>> signing = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AppNode node = i % 2 == 0 ? a : b;
      long plan = plans.get(i);
      signing.add(() -> {
        String task = PlanDriver.task(node, "phobithu", plan, "Task_SignPlan");
        return node.send("POST", "/engine-rest/task/" + task + "/complete", "phobithu",
                "{\"variables\": " + PlanDriver.decision("APPROVE") + "}")
            .statusCode();
      });
    }
    @SuppressWarnings("unchecked")
    Callable<Integer>[] calls = signing.toArray(Callable[]::new);
    assertThat(race(calls)).containsOnly(204);
    List<Integer> numbers = new ArrayList<>(database.jdbc.sql(
            "select number_sequence from plan where doc_type = 'CTR' and number_sequence is not null")
        .query(Integer.class).list());
    Collections.sort(numbers);
    System.out.printf("ClusterIT: %d plans signed at once on two nodes got numbers %s%n", count, numbers);
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @SafeVarargs
  private static List<Integer> race(Callable<Integer>... calls) throws Exception {
    return results(calls);
  }

  /** Runs the calls at the same moment, one thread each, and returns their results in order. */
  @SafeVarargs
  private static <T> List<T> results(Callable<T>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    CyclicBarrier together = new CyclicBarrier(calls.length);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
