package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kehoach.login.LoginPolicy;
import vn.kehoach.login.LoginThrottle;
import vn.kehoach.support.FromAddress;
import vn.kehoach.support.FromAddress.Answer;
import vn.kehoach.support.IntegrationTest;

/**
 * The pentest's attack, wrong passwords sent one after another as each wait allows, no longer locks anybody out: the
 * user still logs in from another address at once and from the attacker's address within a minute, on {@code /api},
 * {@code /engine-rest} and the Tasklist login alike, and Camunda's user row never records a lock. An address with too
 * many failures is refused for everybody for a few minutes; an administrator's unlock ends a user's wait. Requests
 * come over real connections from other loopback addresses ({@link FromAddress}); the clock moves instead of waiting.
 */
@IntegrationTest
class LoginThrottleTest {

  private static final String PASSWORD = "mat-khau-dung";
  private static final Instant NOW = Instant.parse("2025-03-04T02:00:00Z");
  /** The three doors a password goes through. */
  private static final List<String> DOORS = List.of("/api/units", "/engine-rest/task", "tasklist");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired LoginPolicy policy;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private String user;

  @BeforeEach
  void ownUserAndLog() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    user = "thu-cham-" + UUID.randomUUID().toString().substring(0, 8);
    User created = identity.newUser(user);
    created.setPassword(PASSWORD);
    identity.saveUser(created);
    identity.createMembership(user, "dang-uy-cong-an-tinh"); // a unit, so that Tasklist lets the user in
    logged.start();
    throttleLog().addAppender(logged);
  }

  @AfterEach
  void cleanUp() {
    throttleLog().detachAppender(logged);
    identity.deleteUser(user);
    ClockUtil.reset();
  }

  @Test
  void fiftyWrongPasswordsFromOneAddressLockNobodyOut() throws Exception {
    FromAddress attacker = from("127.0.0.21");
    int sent = 0;
    for (int failures = 0; failures < 50; sent++) {
      Answer answer = logIn(attacker, DOORS.get(sent % 3), user, "doan-" + sent);
      assertThat(answer.status()).isEqualTo(401);
      if (answer.header("Retry-After") == null) {
        failures++;
      } else {
        move(Long.parseLong(answer.header("Retry-After"))); // the attacker waits as told, as in the pentest
      }
    }
    Map<String, Object> row = jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", user);
    assertThat(row.get("LOCK_EXP_TIME_")).as("Camunda's lock").isNull();
    assertThat(row.get("ATTEMPTS_")).as("Camunda's count of wrong passwords").isIn(null, 0);

    assertThat(rest.withBasicAuth(user, PASSWORD).getForEntity("/api/units", String.class).getStatusCode())
        .as("from another address, at once").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(user, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(from("127.0.0.22").webappLogin("tasklist", user, PASSWORD).status()).isEqualTo(200);

    Answer waiting = attacker.webappLogin("tasklist", user, PASSWORD);
    assertThat(waiting.status()).isEqualTo(401);
    assertThat(message(waiting)).startsWith("Vừa nhập sai mật khẩu của tên đăng nhập này từ máy này; thử lại sau ");
    assertThat(waiting.header("Retry-After")).as("from the attacker's address after the longest wait")
        .isEqualTo(String.valueOf(policy.delayMax().toSeconds()));
    move(policy.delayMax().toSeconds());
    assertThat(attacker.webappLogin("tasklist", user, PASSWORD).status()).isEqualTo(200);
    assertThat(attacker.get("/api/units", user, PASSWORD).status()).isEqualTo(200);

    assertThat(warnings()).filteredOn(line -> line.contains("user '" + user + "' from 127.0.0.21"))
        .as("one WARN line per wrong password, naming the user and the address").hasSize(50);
  }

  @Test
  void anAddressWithTooManyFailedLoginsIsRefusedForEverybodyForAFewMinutes() throws Exception {
    FromAddress sprayer = from("127.0.0.23");
    for (int i = 0; i < policy.sourceMaxFailures(); i++) {
      Answer answer = logIn(sprayer, DOORS.get(i % 3), "khong-co-" + i, "doan");
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.header("Retry-After")).isNull();
    }
    long window = policy.sourceWindow().toSeconds();
    for (String door : DOORS) {
      Answer refused = logIn(sprayer, door, user, PASSWORD);
      assertThat(refused.status()).as(door).isEqualTo(401);
      assertThat(refused.header("Retry-After")).isEqualTo(String.valueOf(window));
      assertThat(message(refused)).isEqualTo("Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau " + window
          + " giây (too many failed logins from this address; try again in " + window + " s)");
    }
    assertThat(warnings()).contains(policy.sourceMaxFailures() + " failed logins from 127.0.0.23 within " + window
        + " s, the last of user 'khong-co-" + (policy.sourceMaxFailures() - 1) + "': logins from there refused for "
        + window + " s");
    assertThat(rest.withBasicAuth(user, PASSWORD).getForEntity("/api/units", String.class).getStatusCode())
        .as("other addresses are not affected").isEqualTo(HttpStatus.OK);

    move(window);
    assertThat(sprayer.webappLogin("tasklist", user, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void theAdministratorsUnlockEndsTheUsersWait() throws Exception {
    FromAddress office = from("127.0.0.24");
    assertThat(office.webappLogin("tasklist", user, "doan").status()).isEqualTo(401);
    assertThat(office.get("/api/units", user, PASSWORD).header("Retry-After")).isEqualTo("3");

    assertThat(rest.withBasicAuth("congan", "demo").postForEntity("/engine-rest/user/" + user + "/unlock", null,
        String.class).getStatusCode()).as("only an administrator unlocks").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(office.get("/api/units", user, PASSWORD).status()).isEqualTo(401);

    assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/" + user + "/unlock", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(office.get("/api/units", user, PASSWORD).status()).as("at once").isEqualTo(200);
  }

  @Test
  void everyPasswordCheckOfTheEngineWaitsAlikeEvenTheRestApisVerify() throws Exception {
    FromAddress colleague = from("127.0.0.25");
    assertThat(verify(colleague, "doan")).isFalse();
    assertThat(verify(colleague, PASSWORD)).as("the right password, while the user waits").isFalse();
    move(3);
    assertThat(verify(colleague, PASSWORD)).isTrue();
  }

  /** A login through one of the three doors; on Tasklist, as its login page sends it. */
  private Answer logIn(FromAddress source, String door, String name, String password) throws IOException {
    return door.equals("tasklist") ? source.webappLogin(door, name, password) : source.get(door, name, password);
  }

  /** Camunda's {@code POST /identity/verify}: who may read a user (here the administrator) checks a password of it. */
  private boolean verify(FromAddress source, String password) throws IOException {
    Answer answer = source.send("POST", "/engine-rest/identity/verify", Map.of("Authorization", basic("demo"),
        "Content-Type", "application/json"), json.writeValueAsString(Map.of("username", user, "password", password)));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body()).get("authenticated").asBoolean();
  }

  private String message(Answer answer) throws IOException {
    JsonNode body = json.readTree(answer.body());
    return body.get("message").asText();
  }

  private List<String> warnings() {
    return logged.list.stream().filter(e -> e.getLevel() == Level.WARN && e.getThrowableProxy() == null)
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  private FromAddress from(String address) {
    return new FromAddress(address, port);
  }

  private static String basic(String name) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":demo").getBytes());
  }

  private static void move(long seconds) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(seconds))));
  }

  private static Logger throttleLog() {
    return (Logger) LoggerFactory.getLogger(LoginThrottle.class);
  }
}
