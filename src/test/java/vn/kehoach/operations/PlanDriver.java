package vn.kehoach.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Carries plans through a node's REST APIs as the demo users would in Tasklist. */
final class PlanDriver {

  static final List<String> UNITS = List.of("ban-tuyen-giao-dan-van", "uy-ban-kiem-tra-tinh-uy", "dang-uy-mttq-tinh",
      "cac-dang-uy-truc-thuoc", "van-phong-tinh-uy");

  private PlanDriver() {}

  /** A plan of the provincial standing committee with {@code assignments} assignments, each due on {@code lastDay}. */
  static String plan(String title, int assignments, String lastDay) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < assignments; i++) {
      items.add("{\"unit\": \"" + UNITS.get(i % UNITS.size()) + "\", \"role\": \"LEAD\", \"task\": \"Nhiệm vụ " + (i + 1)
          + "\", \"deadline\": \"" + lastDay + "\"}");
    }
    return "{\"title\": \"" + title + "\", \"issuer\": \"btv-tinh-uy\", \"monitoringUnit\": \"dang-uy-cong-an-tinh\","
        + " \"assignments\": [" + String.join(", ", items) + "]}";
  }

  static long create(AppNode node, String plan) throws Exception {
    return node.json("POST", "/api/plans", "congan", plan).get("id").asLong();
  }

  /** The id of the plan's one open task with this key, as the user sees it. */
  static String task(AppNode node, String user, long plan, String key) throws Exception {
    JsonNode tasks = node.json("GET", "/engine-rest/task?processInstanceBusinessKey=" + plan + "&taskDefinitionKey=" + key,
        user, null);
    if (tasks.size() != 1) {
      throw new AssertionError(user + " sees " + tasks.size() + " " + key + " tasks of plan " + plan + ": " + tasks);
    }
    return tasks.get(0).get("id").asText();
  }

  static void complete(AppNode node, String user, String task, String variables) throws Exception {
    node.json("POST", "/engine-rest/task/" + task + "/complete", user, "{\"variables\": " + variables + "}");
  }

  static String decision(String value) {
    return "{\"decision\": {\"value\": \"" + value + "\"}}";
  }

  /** The police party committee submits its finished draft for review. */
  static void submitDraft(AppNode node, long id) throws Exception {
    complete(node, "congan", task(node, "congan", id, "Task_DraftPlan"), "{\"draftReady\": {\"value\": true}}");
  }

  /** Drafted by the police party committee and approved by the office: waiting for the signer. */
  static long toSignature(AppNode node, String plan) throws Exception {
    long id = create(node, plan);
    submitDraft(node, id);
    complete(node, "vanphong", task(node, "vanphong", id, "Task_ReviewPlan"), decision("APPROVE"));
    return id;
  }

  static long issue(AppNode node, String plan) throws Exception {
    long id = toSignature(node, plan);
    complete(node, "phobithu", task(node, "phobithu", id, "Task_SignPlan"), decision("APPROVE"));
    return id;
  }
}
