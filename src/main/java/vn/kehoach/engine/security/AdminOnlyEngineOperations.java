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
 * Jobs (the timers of deadlines and escalations) and the statistics of process definitions are for administrators,
 * refused here before the engine sees them, on both REST APIs ({@code /engine-rest} and Tasklist's/Cockpit's own).
 * The engine refuses a unit's {@code POST /job/{id}/execute} with 403, but counts the refusal as a failure of the job:
 * three calls used up its retries and silenced the timer. The statistics count every plan of a definition, whoever
 * may read it: a unit would learn how many plans every other body runs, and their incidents. Messages and signals
 * move a process on from outside: the one message of the processes says a unit's own plan is issued, which only the
 * system knows.
 */
@Configuration
public class AdminOnlyEngineOperations {

  static final int ORDER = 20;
  private static final Logger LOG = LoggerFactory.getLogger(AdminOnlyEngineOperations.class);
  /** …/job, …/job/{id}/…, …/job-definition…; …/process-definition/statistics, …/process-definition/{id}/statistics. */
  private static final Pattern JOBS = Pattern.compile(".*/(job|job-definition)(/.*)?$");
  private static final Pattern STATISTICS = Pattern.compile(".*/process-definition/(.+/)?statistics(/.*)?$");
  /** …/message, …/signal: only the system says that a unit's own plan was issued (the message "OwnPlanIssued"). */
  private static final Pattern EVENTS = Pattern.compile(".*/(message|signal)(/.*)?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminOnlyEngineOperationsFilter(IdentityService identity,
                                                                             WebappSession webapp, ObjectMapper json) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String refusal = JOBS.matcher(path).matches() ? "Chỉ quản trị viên được xem và thao tác công việc hẹn giờ "
            + "(job) (jobs are for administrators)"
            : STATISTICS.matcher(path).matches() ? "Chỉ quản trị viên được xem thống kê của cả quy trình; đơn vị "
            + "theo dõi từng kế hoạch của mình (process-definition statistics are for administrators)"
            : EVENTS.matcher(path).matches() ? "Chỉ hệ thống gửi sự kiện vào quy trình, ví dụ khi kế hoạch của đơn vị "
            + "được ban hành (messages and signals are sent by the system)" : null;
        Caller caller = refusal == null ? null : Caller.of(request, identity, webapp);
        if (caller == null || caller.admin()) {
          chain.doFilter(request, response);
          return;
        }
        LOG.warn("Refused {} {} to user {}: for administrators only", request.getMethod(), path, caller.user());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
            new EngineRestAuthentication.EngineRestError("AuthorizationException", refusal));
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
