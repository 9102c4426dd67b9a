package vn.kehoach.login;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a login comes from: the client's address as the servlet container sees it. Behind a reverse proxy that is
 * the proxy, unless the operator turns on forwarded headers ({@code server.forward-headers-strategy}); they are off
 * by default, since a client could otherwise name any address it likes.
 */
public final class LoginSource {

  /** A password checked outside any HTTP request (the engine's API called from code). */
  public static final String NO_REQUEST = "(no request)";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private LoginSource() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /**
   * The source of the request this thread is serving ({@link LoginSourceFilter}), for code that checks a password
   * without seeing the request: the engine's identity provider, and what asks the throttle before it.
   */
  public static String current() {
    String source = CURRENT.get();
    return source == null ? NO_REQUEST : source;
  }

  static void bind(String source) {
    CURRENT.set(source);
  }

  static void clear() {
    CURRENT.remove();
  }
}
