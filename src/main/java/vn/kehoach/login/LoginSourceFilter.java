package vn.kehoach.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each request's {@link LoginSource} before anything checks a password: before Spring Security (which does not
 * see Spring's own request context, bound later for Jersey), after Spring's forwarded-header filter if enabled.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LoginSourceFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    LoginSource.bind(LoginSource.of(request));
    try {
      chain.doFilter(request, response);
    } finally {
      LoginSource.clear();
    }
  }
}
