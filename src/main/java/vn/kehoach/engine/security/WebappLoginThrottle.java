package vn.kehoach.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.login.LoginSource;
import vn.kehoach.login.LoginThrottle;
import vn.kehoach.system.LoginRefusal;

/**
 * The webapps' login (Tasklist, Cockpit, Admin: {@code POST …/api/admin/auth/user/{engine}/login/{app}}, a form with
 * {@code username} and {@code password}) answers like {@code /engine-rest} while {@link LoginThrottle} makes this
 * user or this address wait: 401 with {@code Retry-After} and the reason, which the login page shows. Camunda itself
 * would answer a bare 401. The attempts are counted where the engine checks the password
 * ({@link ThrottledIdentityProvider}), so this filter only asks.
 */
@Configuration
public class WebappLoginThrottle {

  private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappLoginThrottleFilter(
      LoginThrottle throttle, ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || !request.getRequestURI().matches(".*/login/[^/]+")
            || type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
          chain.doFilter(request, response);
          return;
        }
        ReadFormRequest form = new ReadFormRequest(request);
        String user = form.field("username");
        LoginRefusal refused = user == null ? null : throttle.refusal(user, LoginSource.of(request));
        if (refused == null) {
          chain.doFilter(form, response);
          return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (refused.retryAfterSeconds() != null) {
          response.setHeader(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds().toString());
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
            new EngineRestAuthentication.EngineRestError("AuthenticationException", refused.message()));
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(webapps + "/api/admin/auth/user/*");
    registration.setName("webapp-login-throttle");
    return registration;
  }
}
