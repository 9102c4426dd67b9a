package vn.kehoach.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.system.WebappSession;

/**
 * Jobs (the timers of deadlines and escalations) are for administrators.
 * The engine refuses a unit's {@code POST /job/{id}/execute} with 403, but counts the refusal as a failure of the job:
 * three calls used up its retries and silenced the timer. So these calls are refused here, before the engine sees
 * them, on both REST APIs ({@code /engine-rest} and Tasklist's/Cockpit's own).
 */
@Configuration
public class AdminOnlyEngineOperations {

  static final int ORDER = 20;
  private static final Logger LOG = LoggerFactory.getLogger(AdminOnlyEngineOperations.class);
  /** …/job, …/job/{id}/…, …/job-definition… (the statistics of process definitions are left to issue 12). */
  private static final Pattern ADMIN_ONLY = Pattern.compile(".*/(job|job-definition)(/.*)?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminOnlyEngineOperationsFilter(IdentityService identity,
                                                                             WebappSession webapp, ObjectMapper json) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Caller caller = ADMIN_ONLY.matcher(path).matches() ? Caller.of(request, identity, webapp) : null;
        if (caller == null || caller.admin()) {
          chain.doFilter(request, response);
          return;
        }
        LOG.warn("Refused {} {} to user {}: jobs are for administrators", request.getMethod(), path, caller.user());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new EngineRestAuthentication.EngineRestError(
            "AuthorizationException", "Chỉ quản trị viên được xem và thao tác công việc hẹn giờ (job) (jobs are for "
                + "administrators)"));
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("admin-only-engine-operations");
    registration.setOrder(ORDER);
    return registration;
  }

  /** Who calls: the /engine-rest user (authenticated by the filter before this one), else the webapps' session user. */
  private record Caller(String user, boolean admin) {

    static Caller of(HttpServletRequest request, IdentityService identity, WebappSession webapp) {
      Authentication rest = identity.getCurrentAuthentication();
      if (rest != null && rest.getUserId() != null) {
        return new Caller(rest.getUserId(),
            rest.getGroupIds() != null && rest.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
      }
      return webapp.user(request).map(user -> new Caller(user.getName(), user.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority).anyMatch(Groups.CAMUNDA_ADMIN::equals)))
          .orElse(new Caller("(anonymous)", false));
    }
  }
}
