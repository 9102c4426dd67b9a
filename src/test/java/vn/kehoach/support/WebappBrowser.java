package vn.kehoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * A browser's cookie jar without the browser: logs in to a Camunda webapp as its login page does (session cookie,
 * CSRF token), then calls {@code /api} or the webapps' own engine API with that session.
 */
public class WebappBrowser {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  public WebappBrowser(int port) {
    this.port = port;
  }

  public WebappBrowser logIn(String user) throws Exception {
    return logIn(user, "tasklist");
  }

  /** Logs in to one webapp ({@code tasklist}, {@code cockpit}) as its login page does. */
  public WebappBrowser logIn(String user, String app) throws Exception {
    send(request("GET", "/camunda/app/" + app + "/default/", null, null, false).build());
    HttpResponse<String> login = send(request("POST", "/camunda/api/admin/auth/user/default/login/" + app, null,
        null, false).header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(BodyPublishers.ofString("username=" + user + "&password=demo")).build());
    assertThat(login.statusCode()).as("%s login of %s: %s", app, user, login.body()).isEqualTo(200);
    // the login started a new session, whose CSRF token the next page load hands out
    send(request("GET", "/camunda/app/" + app + "/default/", null, null, false).build());
    return this;
  }

  /** The id of the session the cookie jar holds. */
  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no JSESSIONID cookie"));
  }

  public void logOut() throws Exception {
    HttpResponse<String> logout = send(request("POST", "/camunda/api/admin/auth/user/default/logout", null, null,
        false).header("X-XSRF-TOKEN", xsrfToken()).POST(BodyPublishers.noBody()).build());
    assertThat(logout.statusCode()).as(logout.body()).isBetween(200, 204);
  }

  /** A call as the application's own pages make it ({@code fromPage}: with {@code X-Requested-With}). */
  public HttpResponse<String> send(String method, String path, String body, String ifMatch, boolean fromPage)
      throws Exception {
    return send(request(method, path, body, ifMatch, fromPage).build());
  }

  /** A call as Tasklist and Cockpit make it to their engine API: with the session's CSRF token. */
  public HttpResponse<String> sendFromWebapp(String method, String path, String body) throws Exception {
    return send(request(method, path, body, null, false).header("X-XSRF-TOKEN", xsrfToken()).build());
  }

  public HttpRequest.Builder request(String method, String path, String body, String ifMatch, boolean fromPage) {
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

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, BodyHandlers.ofString());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }
}
