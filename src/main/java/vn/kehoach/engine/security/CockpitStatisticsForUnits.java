package vn.kehoach.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.system.WebappSession;

/**
 * Cockpit's list of processes counts, for each definition a user may read, every running instance and incident of it,
 * whoever's plan they belong to (its query checks the definition, not the instances): a unit learnt how many plans
 * every body runs. For everyone but administrators the list is answered here instead, with the same fields, counting
 * only the instances and incidents the engine lets that user read.
 */
@Configuration
public class CockpitStatisticsForUnits {

  private static final Pattern STATISTICS =
      Pattern.compile("/camunda/api/cockpit/plugin/base/[^/]+/process-definition/statistics(-count)?");

  /** The fields of Cockpit's ProcessDefinitionStatisticsDto. */
  record DefinitionStatistics(String id, String key, String name, int version, String tenantId, int suspensionState,
                              int instances, int incidents) {}

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> cockpitStatisticsForUnitsFilter(ProcessEngine engine,
                                                                               WebappSession webapp, ObjectMapper json) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var matcher = STATISTICS.matcher(path);
        Authentication user = matcher.matches() && "GET".equals(request.getMethod())
            ? webapp.user(request).orElse(null) : null;
        List<String> groups = user == null ? List.of()
            : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (user == null || groups.contains(Groups.CAMUNDA_ADMIN)) {
          chain.doFilter(request, response); // Cockpit answers administrators, and refuses the anonymous itself
          return;
        }
        List<DefinitionStatistics> statistics = readable(engine, user.getName(), groups, request);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), matcher.group(1) != null
            ? Map.of("count", statistics.size()) : page(statistics, request));
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    registration.setName("cockpit-statistics-for-units");
    registration.setOrder(AdminOnlyEngineOperations.ORDER);
    return registration;
  }

  /** As the user: the latest version of each definition he may read, with the instances and incidents he may read. */
  static List<DefinitionStatistics> readable(ProcessEngine engine, String user, List<String> groups,
                                             HttpServletRequest request) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
          .filter(definition -> matches(definition, request))
          .map(definition -> new DefinitionStatistics(definition.getId(), definition.getKey(), definition.getName(),
              definition.getVersion(), definition.getTenantId(), definition.isSuspended() ? 2 : 1,
              (int) engine.getRuntimeService().createProcessInstanceQuery()
                  .processDefinitionKey(definition.getKey()).count(),
              (int) engine.getRuntimeService().createIncidentQuery()
                  .processDefinitionKeyIn(definition.getKey()).count()))
          .sorted(order(request))
          .toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static boolean matches(ProcessDefinition definition, HttpServletRequest request) {
    return equalsIfGiven(request.getParameter("key"), definition.getKey())
        && likeIfGiven(request.getParameter("keyLike"), definition.getKey())
        && equalsIfGiven(request.getParameter("name"), definition.getName())
        && likeIfGiven(request.getParameter("nameLike"), definition.getName());
  }

  private static boolean equalsIfGiven(String wanted, String value) {
    return wanted == null || wanted.equals(value);
  }

  /** Cockpit sends "%text%": a case-insensitive "contains". */
  private static boolean likeIfGiven(String pattern, String value) {
    if (pattern == null) {
      return true;
    }
    String text = pattern.replace("%", "").toLowerCase(Locale.ROOT);
    return value != null && value.toLowerCase(Locale.ROOT).contains(text);
  }

  private static Comparator<DefinitionStatistics> order(HttpServletRequest request) {
    String sortBy = request.getParameter("sortBy");
    Comparator<DefinitionStatistics> order = switch (sortBy == null ? "name" : sortBy) {
      case "key" -> Comparator.comparing(DefinitionStatistics::key);
      case "instances" -> Comparator.comparingInt(DefinitionStatistics::instances);
      case "incidents" -> Comparator.comparingInt(DefinitionStatistics::incidents);
      case "tenantId" -> Comparator.comparing(s -> s.tenantId() == null ? "" : s.tenantId());
      default -> Comparator.comparing(s -> s.name() == null ? s.key() : s.name());
    };
    return "desc".equalsIgnoreCase(request.getParameter("sortOrder")) ? order.reversed() : order;
  }

  private static List<DefinitionStatistics> page(List<DefinitionStatistics> all, HttpServletRequest request) {
    int first = number(request.getParameter("firstResult"), 0);
    int max = number(request.getParameter("maxResults"), Integer.MAX_VALUE);
    return all.stream().skip(first).limit(max).toList();
  }

  private static int number(String text, int otherwise) {
    try {
      return text == null ? otherwise : Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
