package vn.kehoach.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.system.ApiExceptionHandler.ApiError;

/**
 * Lets the application's pages opened from Tasklist (the drafting page) call {@code /api} with the user's Tasklist
 * login, when a request has no Authorization header (which keeps going to HTTP Basic as before).
 *
 * <p>The browser sends the session cookie with requests from other sites too. So a session-authenticated request
 * that changes something must carry {@code X-Requested-With: XMLHttpRequest}: another site's page cannot add that
 * header without a CORS preflight, which this application never grants. Such a page without a session gets a plain
 * 401, without the Basic challenge that would make the browser ask for a password.
 */
class WebappSessionFilter extends OncePerRequestFilter {

  static final String REQUESTED_WITH = "X-Requested-With";
  static final String XML_HTTP_REQUEST = "XMLHttpRequest";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final WebappSession sessions;
  private final ObjectMapper json;

  WebappSessionFilter(WebappSession sessions, ObjectMapper json) {
    this.sessions = sessions;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      chain.doFilter(request, response);
      return;
    }
    boolean fromPage = XML_HTTP_REQUEST.equals(request.getHeader(REQUESTED_WITH));
    Optional<Authentication> user = sessions.user(request);
    if (user.isEmpty()) {
      if (fromPage) {
        refuse(response, HttpStatus.UNAUTHORIZED, "Chưa đăng nhập hoặc phiên đăng nhập đã hết: đăng nhập lại "
            + "Tasklist (hoặc Cockpit) rồi mở lại trang (not logged in: log in to Tasklist or Cockpit again)");
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !fromPage) {
      refuse(response, HttpStatus.FORBIDDEN, "Yêu cầu dùng phiên đăng nhập Tasklist phải có header "
          + REQUESTED_WITH + ": " + XML_HTTP_REQUEST + " (requests authenticated by the Tasklist session must send "
          + "this header; it protects against cross-site requests)");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(user.get());
    SecurityContextHolder.setContext(context); // cleared after the request by Spring Security's holder filter
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message, List.of()));
  }
}
