package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.WebappBrowser;
import vn.kehoach.support.Workflow;

/**
 * {@code /api} with the Tasklist login, as the drafting page opened from Tasklist calls it: the session's user with
 * that user's rights; a change only with {@code X-Requested-With: XMLHttpRequest} (cross-site requests cannot send it);
 * HTTP Basic, when sent, decides as before.
 */
@IntegrationTest
class WebappSessionApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;

  @Test
  void theTasklistLoginOpensTheApiToThePagesOfTheApplication() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch sửa bằng phiên Tasklist"));
    WebappBrowser drafter = new WebappBrowser(port).logIn("congan");

    HttpResponse<String> read = drafter.send("GET", "/api/plans/" + plan.id(), null, null, true);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    assertThat(drafter.send("GET", "/api/units", null, null, false).statusCode()).as("reading needs no header")
        .isEqualTo(200);

    String edit = edit("Kế hoạch sửa bằng phiên Tasklist, đã sửa");
    HttpResponse<String> forged = drafter.send("PUT", "/api/plans/" + plan.id(), edit, etag, false);
    assertThat(forged.statusCode()).as("a change without X-Requested-With, as another site could send it")
        .isEqualTo(403);
    assertThat(json.readTree(forged.body()).get("message").asText()).contains("X-Requested-With: XMLHttpRequest");
    assertThat(workflow.reload(plan).title()).isEqualTo(plan.title());

    HttpResponse<String> edited = drafter.send("PUT", "/api/plans/" + plan.id(), edit, etag, true);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    JsonNode history = json.readTree(edited.body()).get("history");
    assertThat(history.get(history.size() - 1).get("by").asText()).isEqualTo("congan");
    assertThat(workflow.reload(plan).title()).isEqualTo("Kế hoạch sửa bằng phiên Tasklist, đã sửa");

    drafter.logOut();
    HttpResponse<String> fromPage = drafter.send("GET", "/api/plans/" + plan.id(), null, null, true);
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).as("no password dialog over the page").isEmpty();
    assertThat(json.readTree(fromPage.body()).get("message").asText()).contains("đăng nhập lại Tasklist");
    HttpResponse<String> fromClient = drafter.send("GET", "/api/plans/" + plan.id(), null, null, false);
    assertThat(fromClient.statusCode()).isEqualTo(401);
    assertThat(fromClient.headers().firstValue("WWW-Authenticate")).as("no password dialog either").isEmpty();
  }

  /**
   * Cockpit's plugin "Kế hoạch" reads /api while Cockpit's own requests are under way with the same cookie: a
   * session id changed by an /api call (Spring Security took each call for a new login) made those fail, and Cockpit
   * logged the user out.
   */
  @Test
  void aCockpitLoginOpensTheApiAndKeepsItsSession() throws Exception {
    WebappBrowser office = new WebappBrowser(port).logIn("vanphong", "cockpit");
    String session = office.sessionId();
    for (String path : List.of("/api/units", "/api/reports/plans?limit=5", "/api/reports/status")) {
      HttpResponse<String> read = office.send("GET", path, null, null, true);
      assertThat(read.statusCode()).as("%s with the Cockpit login: %s", path, read.body()).isEqualTo(200);
      assertThat(read.headers().allValues("Set-Cookie")).as("%s sets no session cookie", path)
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
    assertThat(office.sessionId()).isEqualTo(session);
    HttpResponse<String> cockpit = office.sendFromWebapp("GET",
        "/camunda/api/engine/engine/default/process-definition?key=plan-lifecycle", null);
    assertThat(cockpit.statusCode()).as("Cockpit's own API, same session: %s", cockpit.body()).isEqualTo(200);
  }

  @Test
  void theSessionsUserHasTheRightsOfThatUserOnly() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch không phải của phiên này"));
    String etag = "\"" + plan.version() + "\"";

    WebappBrowser outsider = new WebappBrowser(port).logIn("ubndphuong");
    assertThat(outsider.send("GET", "/api/plans/" + plan.id(), null, null, true).statusCode()).isEqualTo(404);
    WebappBrowser assignee = new WebappBrowser(port).logIn("tuyengiao");
    assertThat(assignee.send("GET", "/api/plans/" + plan.id(), null, null, true).statusCode()).isEqualTo(200);
    assertThat(assignee.send("PUT", "/api/plans/" + plan.id(), edit("Tên do đơn vị được giao sửa"), etag, true)
        .statusCode()).isEqualTo(403);
    assertThat(workflow.reload(plan).version()).isEqualTo(plan.version());
  }

  @Test
  void basicCredentialsWhenSentDecideWhoAsks() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch hỏi bằng HTTP Basic trong phiên"));
    WebappBrowser drafter = new WebappBrowser(port).logIn("congan");

    // a wrong password would delay the user's next logins from here (LoginThrottle): an unknown user instead
    HttpResponse<String> wrongCredentials = drafter.send(drafter.request("GET", "/api/plans/" + plan.id(), null, null,
        true).header("Authorization", basic("nobody-here", "demo")).build());
    assertThat(wrongCredentials.statusCode()).as("the session does not make up for wrong credentials").isEqualTo(401);
    HttpResponse<String> otherUser = drafter.send(drafter.request("PUT", "/api/plans/" + plan.id(),
            edit("Tên do người khác sửa"), "\"" + plan.version() + "\"", true)
        .header("Authorization", basic("tuyengiao", "demo")).build());
    assertThat(otherUser.statusCode()).as("the request is tuyengiao's, not the session's").isEqualTo(403);
  }

  private String edit(String title) {
    ObjectNode body = json.valueToTree(PlanFixtures.provincialPlan(title));
    return body.toString();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
