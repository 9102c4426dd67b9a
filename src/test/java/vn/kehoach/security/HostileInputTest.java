package vn.kehoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;

/** Hostile and malformed input on the domain API: a clear error, and nothing stored by a rejected request. */
@IntegrationTest
class HostileInputTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void anOversizedBodyGets413AndNothingIsStored() throws Exception {
    long before = plans();
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch quá lớn"));
    ((ObjectNode) plan.get("assignments").get(0)).put("task", "x".repeat(1_100_000));
    ResponseEntity<String> response = post(json.writeValueAsString(plan));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains("1048576");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyWithoutADeclaredLengthIsStoppedWhileReading() throws Exception {
    long before = plans();
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/plans").toURL()
        .openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setChunkedStreamingMode(8192);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("congan:demo".getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = connection.getOutputStream()) {
      out.write("{\"title\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "y".repeat(8192).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        out.write(chunk);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(connection.getResponseCode()).isEqualTo(413);
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void scriptAndHtmlAreStoredAndReturnedAsText() throws Exception {
    String title = "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"> Kế hoạch & \"trích dẫn\"";
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan(title));
    ((ObjectNode) plan.get("assignments").get(0)).put("task", "<b onclick=alert(2)>Tuyên truyền</b>");
    ResponseEntity<String> created = post(json.writeValueAsString(plan));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> read = as("congan").getForEntity(created.getHeaders().getLocation(), String.class);
    assertThat(read.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode stored = json.readTree(read.getBody());
    assertThat(stored.get("title").asText()).isEqualTo(title);
    assertThat(stored.get("assignments").get(0).get("task").asText()).isEqualTo("<b onclick=alert(2)>Tuyên truyền</b>");
  }

  @Test
  void sqlMetacharactersAreHarmless() throws Exception {
    String title = "Kế hoạch'); drop table plan; -- \" or 1=1 --";
    ResponseEntity<String> created = post(json.writeValueAsString(PlanFixtures.provincialPlan(title)));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(as("congan").getForObject(created.getHeaders().getLocation(), String.class))
        .get("title").asText()).isEqualTo(title);
    ResponseEntity<String> filter = as("congan").getForEntity("/api/plans?unit=x' or '1'='1", String.class);
    assertThat(filter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(plans()).isPositive();
  }

  @Test
  void wrongTypesAndMalformedJsonNameTheProblemAndStoreNothing() throws Exception {
    long before = plans();
    ObjectNode plan = json.valueToTree(PlanFixtures.provincialPlan("Kế hoạch sai kiểu"));
    plan.put("recipients", 42);
    ResponseEntity<String> wrongType = post(json.writeValueAsString(plan));
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(wrongType.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("recipients");
    ResponseEntity<String> malformed = post("{\"title\": \"Kế hoạch\", ");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> notJson = as("congan").postForEntity("/api/plans",
        new HttpEntity<>("title=x", headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(plans()).isEqualTo(before);
  }

  private long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private ResponseEntity<String> post(String body) {
    return as("congan").postForEntity("/api/plans", new HttpEntity<>(body, headers(MediaType.APPLICATION_JSON)),
        String.class);
  }

  private static HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return headers;
  }
}
