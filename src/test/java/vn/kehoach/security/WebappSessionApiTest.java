package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
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
    Browser drafter = new Browser().logIn("congan");

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
    assertThat(fromClient.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"ke-hoach\"");
  }

  @Test
  void theSessionsUserHasTheRightsOfThatUserOnly() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch không phải của phiên này"));
    String etag = "\"" + plan.version() + "\"";

    Browser outsider = new Browser().logIn("ubndphuong");
    assertThat(outsider.send("GET", "/api/plans/" + plan.id(), null, null, true).statusCode()).isEqualTo(404);
    Browser assignee = new Browser().logIn("tuyengiao");
    assertThat(assignee.send("GET", "/api/plans/" + plan.id(), null, null, true).statusCode()).isEqualTo(200);
    assertThat(assignee.send("PUT", "/api/plans/" + plan.id(), edit("Tên do đơn vị được giao sửa"), etag, true)
        .statusCode()).isEqualTo(403);
    assertThat(workflow.reload(plan).version()).isEqualTo(plan.version());
  }

  @Test
  void basicCredentialsWhenSentDecideWhoAsks() throws Exception {
    Plan plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch hỏi bằng HTTP Basic trong phiên"));
    Browser drafter = new Browser().logIn("congan");

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

  /** A browser's cookie jar: logs in to Tasklist as its login page does, then calls the API with the session. */
  private class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    Browser logIn(String user) throws Exception {
      send(request("GET", "/camunda/app/tasklist/default/", null, null, false).build());
      HttpResponse<String> login = send(request("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null,
          null, false).header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", xsrfToken())
          .POST(BodyPublishers.ofString("username=" + user + "&password=demo")).build());
      assertThat(login.statusCode()).as("Tasklist login of %s: %s", user, login.body()).isEqualTo(200);
      return this;
    }

    void logOut() throws Exception {
      // the login started a new session, whose CSRF token the next page load hands out
      send(request("GET", "/camunda/app/tasklist/default/", null, null, false).build());
      HttpResponse<String> logout = send(request("POST", "/camunda/api/admin/auth/user/default/logout", null, null,
          false).header("X-XSRF-TOKEN", xsrfToken()).POST(BodyPublishers.noBody()).build());
      assertThat(logout.statusCode()).as(logout.body()).isBetween(200, 204);
    }

    HttpResponse<String> send(String method, String path, String body, String ifMatch, boolean fromPage)
        throws Exception {
      return send(request(method, path, body, ifMatch, fromPage).build());
    }

    HttpRequest.Builder request(String method, String path, String body, String ifMatch, boolean fromPage) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Accept", "application/json")
          .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      if (fromPage) {
        request.header("X-Requested-With", "XMLHttpRequest");
      }
      return request;
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
      return client.send(request, BodyHandlers.ofString());
    }

    private String xsrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }
  }
}
