package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.support.IntegrationTest;

/**
 * A refused login says why, in JSON, on {@code /api} and {@code /engine-rest}: log in, wrong password, or wait a few
 * seconds after a wrong password (with {@code Retry-After}); an unknown user name is answered like a known one.
 * Each test has its own user, since a wrong password makes the user wait (from this address); the clock stands still
 * meanwhile so that the wait lasts exactly as {@code LoginThrottle} sets it. (More in {@link LoginThrottleTest}.)
 */
@IntegrationTest
class LoginRefusalTest {

  private static final String PASSWORD = "mat-khau-dung";
  private static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;

  private String user;

  @BeforeEach
  void ownUser() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    user = "khoa-thu-" + UUID.randomUUID().toString().substring(0, 8);
    User created = identity.newUser(user);
    created.setPassword(PASSWORD);
    identity.saveUser(created);
  }

  @AfterEach
  void cleanUp() {
    identity.deleteUser(user);
    ClockUtil.reset();
  }

  @Test
  void withoutCredentialsBothPathsAskToLogInInJson() throws Exception {
    ResponseEntity<String> engine = rest.getForEntity("/engine-rest/task", String.class);
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engine.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(engine.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("no password dialog").isNull();
    JsonNode body = json.readTree(engine.getBody());
    assertThat(body.get("type").asText()).isEqualTo("AuthenticationException");
    assertThat(readable(body)).contains("Cần đăng nhập");

    ResponseEntity<String> api = rest.getForEntity("/api/units", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("no password dialog").isNull();
    assertThat(readable(json.readTree(api.getBody()))).contains("Cần đăng nhập");
  }

  @Test
  void afterAWrongPasswordTheUserIsToldHowLongToWaitOnBothPaths() throws Exception {
    ResponseEntity<String> wrong = as(user, "sai-mat-khau").getForEntity("/api/units", String.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(readable(json.readTree(wrong.getBody()))).contains("Sai tên đăng nhập hoặc mật khẩu");
    assertThat(wrong.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();

    // even the right password waits 3 s (the first delay) from this address
    ResponseEntity<String> api = as(user, PASSWORD).getForEntity("/api/units", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
    assertThat(readable(json.readTree(api.getBody())))
        .isEqualTo("Vừa nhập sai mật khẩu của tên đăng nhập này từ máy này; thử lại sau 3 giây (a wrong password was "
            + "just entered for this user name from this address; try again in 3 s)");

    ResponseEntity<String> engine = as(user, PASSWORD).getForEntity("/engine-rest/task", String.class);
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engine.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
    assertThat(engine.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("no password dialog").isNull();
    JsonNode body = json.readTree(engine.getBody());
    assertThat(body.get("type").asText()).isEqualTo("AuthenticationException");
    assertThat(readable(body)).contains("thử lại sau 3 giây");

    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(3)));
    assertThat(as(user, PASSWORD).getForEntity("/api/units", String.class).getStatusCode())
        .as("after Retry-After the right password works").isEqualTo(HttpStatus.OK);
    assertThat(as(user, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownUserIsAnsweredLikeAKnownOne() throws Exception {
    String ghost = "khong-ton-tai-" + UUID.randomUUID().toString().substring(0, 8);
    for (String path : new String[] {"/api/units", "/engine-rest/task"}) {
      ResponseEntity<String> known = as(user, "sai-mat-khau-" + path).getForEntity(path, String.class);
      ResponseEntity<String> unknown = as(ghost, "sai-mat-khau-" + path).getForEntity(path, String.class);
      assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(unknown.getBody()).as(path).isEqualTo(known.getBody());
      assertThat(unknown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
          .isEqualTo(known.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(60)));
    }
    // a third wrong password makes them wait 12 s (3 × 2²); meanwhile both are told so, alike
    as(user, "sai").getForEntity("/api/units", String.class);
    as(ghost, "sai").getForEntity("/api/units", String.class);
    ResponseEntity<String> known = as(user, PASSWORD).getForEntity("/api/units", String.class);
    ResponseEntity<String> unknown = as(ghost, PASSWORD).getForEntity("/api/units", String.class);
    assertThat(known.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("12");
    assertThat(unknown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("12");
    assertThat(unknown.getBody()).isEqualTo(known.getBody());
  }

  private TestRestTemplate as(String name, String password) {
    return rest.withBasicAuth(name, password);
  }

  /** The message, checked for what a person must never be shown. */
  private static String readable(JsonNode body) {
    String message = body.get("message").asText();
    assertThat(message).doesNotContain("vn.kehoach", "com.fasterxml", "org.camunda", "ENGINE-", "Exception");
    return message;
  }
}
