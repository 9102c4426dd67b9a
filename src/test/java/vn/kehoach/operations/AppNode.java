package vn.kehoach.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar in a JVM of its own on a free port, on a PostgreSQL database, with the
 * demo organisation. It can be stopped politely or killed (SIGKILL) like a crashed server.
 */
final class AppNode implements AutoCloseable {

  private static final Path JAR = Path.of("target/ke-hoach-pccc-0.1.0-SNAPSHOT.jar");
  private static final ObjectMapper JSON = new ObjectMapper();

  final String name;
  final int port;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts a node and waits (at most two minutes) until it answers as healthy. */
  static AppNode start(String name, PostgresDatabase database, boolean jobExecutor) throws Exception {
    if (!Files.exists(JAR)) {
      throw new AssertionError(JAR + " is missing: these tests run in 'mvn verify', after the jar is packaged");
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx384m", "-jar", JAR.toString(),
        "--spring.profiles.active=demo,postgres", "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=" + jobExecutor,
        // no test here waits for a retry: a failing job should show at once
        "--camunda.bpm.default-number-of-retries=1",
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    Path log = Path.of("target/nodes/" + name + "-" + Instant.now().toEpochMilli() + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("DB_URL", database.url);
    builder.environment().put("DB_USER", PostgresDatabase.USER);
    builder.environment().put("DB_PASSWORD", "");
    AppNode node = new AppNode(name, port, builder.start());
    node.awaitHealthy(Duration.ofMinutes(2), log);
    return node;
  }

  private void awaitHealthy(Duration limit, Path log) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (get("/actuator/health", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // keep polling
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    process.destroyForcibly();
    throw new AssertionError("node " + name + " not healthy within " + limit + "; see " + log);
  }

  /** Like a crash: SIGKILL, no shutdown hooks, no flushing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String user, String body) throws IOException, InterruptedException {
    HttpRequest request = request(path, user).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON answer that must be 2xx. */
  JsonNode json(String method, String path, String user, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = method.equals("GET") ? get(path, user) : send(method, path, user, body);
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(method + " " + path + " as " + user + " on " + name + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60));
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
  }
}
