package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.WebappBrowser;
import vn.kehoach.support.Workflow;

/**
 * What a page of another site can make a logged-in official's browser send: a form post (text/plain or form-encoded,
 * no preflight) with the cookies of this site, but no header of its own. The browser never learnt a Basic password
 * (no {@code WWW-Authenticate} challenge), {@code /engine-rest} takes no cookie, and {@code /api} takes the Tasklist
 * session only with {@code X-Requested-With}: every such request is refused and stores nothing. Both APIs answer
 * with the same security headers.
 */
@IntegrationTest
class CrossSiteAndHeadersTest {

  private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options",
      "Cache-Control", "Strict-Transport-Security");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void noPasswordDialogIsEverOffered() {
    for (String path : List.of("/api/units", "/engine-rest/task", "/api/plans/1")) {
      ResponseEntity<String> refused = rest.getForEntity(path, String.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(refused.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as(path).isNull();
    }
  }

  @Test
  void aCrossSiteFormPostIsRefusedAndStoresNothing() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch thử yêu cầu giả mạo từ site khác"));
    Task draft = workflow.task(plan, Elements.DRAFT);
    WebappBrowser official = new WebappBrowser(port).logIn("congan");
    assertThat(official.sendFromWebapp("POST", "/camunda/api/engine/engine/default/task/" + draft.getId() + "/claim",
        "{\"userId\": \"congan\"}").statusCode()).as("the official works in Tasklist").isEqualTo(204);
    long plans = plans();

    HttpResponse<String> importing = official.send(official.request("POST", "/api/plans/import?start=true", null, null,
        false).header("Content-Type", "text/plain").POST(BodyPublishers.ofString("KẾ HOẠCH giả mạo")).build());
    assertThat(importing.statusCode()).as("import with the Tasklist session, without X-Requested-With: %s",
        importing.body()).isEqualTo(403);
    HttpResponse<String> unclaim = official.send(official.request("POST", "/engine-rest/task/" + draft.getId()
        + "/unclaim", null, null, false).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("a=b")).build());
    assertThat(unclaim.statusCode()).as("/engine-rest with the session's cookies: %s", unclaim.body()).isEqualTo(401);
    assertThat(unclaim.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).isEmpty();

    assertThat(plans()).as("no plan stored").isEqualTo(plans);
    assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo("congan");
  }

  @Test
  void bothApisAnswerWithTheSameSecurityHeaders() {
    HttpHeaders api = rest.withBasicAuth("demo", "demo").getForEntity("/api/units", String.class).getHeaders();
    HttpHeaders engine = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task?maxResults=1",
        String.class).getHeaders();
    HttpHeaders refused = rest.getForEntity("/engine-rest/task", String.class).getHeaders();
    for (String header : SECURITY_HEADERS) {
      assertThat(api.getFirst(header)).as("/api %s", header).isNotBlank();
      assertThat(engine.getFirst(header)).as("/engine-rest %s", header).isEqualTo(api.getFirst(header));
      assertThat(refused.getFirst(header)).as("/engine-rest's 401 %s", header).isEqualTo(api.getFirst(header));
    }
    assertThat(api.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(api.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(api.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
        .getFirst("Strict-Transport-Security")).as("Camunda's webapps").startsWith("max-age=31536000");
  }

  private long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }
}
