package vn.kehoach.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a login comes from: the client's address as the servlet container sees it. Behind a reverse proxy that is
 * the proxy, unless the operator turns on forwarded headers ({@code server.forward-headers-strategy}); they are off
 * by default, since a client could otherwise name any address it likes.
 */
public final class LoginSource {

  /** A password checked outside any HTTP request (the engine's API called from code). */
  public static final String NO_REQUEST = "(no request)";

  private LoginSource() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /**
   * The source of the request this thread is serving (Spring binds it for every request), for code that checks a
   * password without seeing the request: the engine's identity provider.
   */
  public static String current() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? of(request.getRequest()) : NO_REQUEST;
  }
}
