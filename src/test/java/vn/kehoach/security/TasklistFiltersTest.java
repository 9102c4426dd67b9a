package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.provincialPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Tasklist's filters as each role meets them through Camunda's own filter API: the signer's "Chờ ký" and the office's
 * "Chờ thẩm định" are theirs alone; "Sắp đến hạn" counts working days; every list runs by due date.
 */
@IntegrationTest
class TasklistFiltersTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachRoleSeesTheFiltersThatConcernIt() throws Exception {
    assertThat(names("phobithu")).contains("Chờ ký (To sign)").doesNotContain("Chờ thẩm định (To review)");
    assertThat(names("vanphong")).contains("Chờ thẩm định (To review)").doesNotContain("Chờ ký (To sign)");
    assertThat(names("tuyengiao")).doesNotContain("Chờ ký (To sign)", "Chờ thẩm định (To review)")
        .containsSubsequence("Việc của đơn vị (My unit's tasks)", "Việc của tôi (My tasks)", "Sắp đến hạn (Due soon)",
            "Quá hạn (Overdue)", "Tất cả công việc (All tasks)");
    assertThat(names("tuyengiao")).as("no filter of an earlier version").noneMatch(n -> n.contains("đơn vị tôi"));
  }

  @Test
  void theSignersFilterListsThePlansAwaitingItsSignature() throws Exception {
    Plan plan = workflow.toSignature(provincialPlan("Kế hoạch chờ ký trong bộ lọc"));
    Task sign = workflow.task(plan, Elements.SIGN);
    String filter = filterId("phobithu", "Chờ ký (To sign)");
    assertThat(ids(get("phobithu", "/engine-rest/filter/" + filter + "/list?maxResults=1000"))).contains(sign.getId());
    assertThat(get("phobithu", "/engine-rest/filter/" + filter + "/count").get("count").asInt()).isPositive();
    assertThat(rest.withBasicAuth("tuyengiao", "demo").getForEntity("/engine-rest/filter/" + filter + "/count",
        String.class).getStatusCode().value()).as("not the unit's filter").isIn(403, 404);
  }

  @Test
  void dueSoonCountsWorkingDaysAndListsRunByDueDate() throws Exception {
    Plan plan = workflow.issued(provincialPlan("Kế hoạch có việc sắp đến hạn"));
    Task front = workflow.workTasks(plan).stream().filter(t -> t.getDueDate() != null
        && t.getDueDate().toInstant().equals(OffsetDateTime.parse("2027-01-01T00:00:00+07:00").toInstant()))
        .findFirst().orElseThrow();
    // Tuesday 29/12/2026: three working days ahead are 30/12, 31/12 and, past the New Year holiday, Monday 4/1/2027
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-29T09:00:00+07:00").toInstant()));
    assertThat(ids(list("mttq", "Sắp đến hạn (Due soon)"))).contains(front.getId());
    assertThat(ids(list("mttq", "Quá hạn (Overdue)"))).doesNotContain(front.getId());
    // Friday 25/12/2026: its last day (31/12) is four working days away
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-25T09:00:00+07:00").toInstant()));
    assertThat(ids(list("mttq", "Sắp đến hạn (Due soon)"))).doesNotContain(front.getId());
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-01-02T09:00:00+07:00").toInstant()));
    assertThat(ids(list("mttq", "Quá hạn (Overdue)"))).contains(front.getId());

    List<String> dues = new ArrayList<>();
    list("demo", "Tất cả công việc (All tasks)").forEach(t -> {
      if (!t.path("due").isNull()) {
        dues.add(OffsetDateTime.parse(t.get("due").asText().replaceFirst("(\\d\\d)(\\d\\d)$", "$1:$2")).toInstant()
            .toString());
      }
    });
    assertThat(dues).as("by due date").isNotEmpty().isSorted();
  }

  private List<String> names(String user) throws Exception {
    List<String> names = new ArrayList<>();
    get(user, "/engine-rest/filter?resourceType=Task").forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  private String filterId(String user, String name) throws Exception {
    for (JsonNode filter : get(user, "/engine-rest/filter?resourceType=Task")) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError(user + " has no filter " + name);
  }

  private JsonNode list(String user, String filter) throws Exception {
    return get(user, "/engine-rest/filter/" + filterId(user, filter) + "/list?maxResults=1000");
  }

  private JsonNode get(String user, String uri) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return json.readTree(rest.withBasicAuth(user, "demo").exchange(uri, HttpMethod.GET, new HttpEntity<>(headers),
        String.class).getBody());
  }

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
