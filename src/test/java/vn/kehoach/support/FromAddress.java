package vn.kehoach.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP requests to the test server over real connections from a chosen loopback address (127.0.0.2, …, all on the
 * loopback interface): the server sees them come from that address, as from another machine, with no forwarded
 * header to trust. (TestRestTemplate always comes from 127.0.0.1.) Keeps cookies, as a browser, for the webapps.
 */
public class FromAddress {

  /** An answer; header names in lower case. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public FromAddress(String address, int port) {
    this.address = address;
    this.port = port;
  }

  /** A GET with HTTP Basic credentials. */
  public Answer get(String path, String user, String password) throws IOException {
    return send("GET", path, Map.of("Authorization", basic(user, password)), null);
  }

  /**
   * Logs in to a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as its login page does: the page
   * first (which hands out the CSRF token), then the form.
   */
  public Answer webappLogin(String app, String user, String password) throws IOException {
    send("GET", "/camunda/app/" + app + "/default/", Map.of(), null);
    return send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("Content-Type", "application/x-www-form-urlencoded", "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")),
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  /** One request on its own connection (HTTP/1.0: the server closes it after answering). */
  public Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (!cookies.isEmpty()) {
      head.append("Cookie: ").append(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; "))).append("\r\n");
    }
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private Answer answer(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
