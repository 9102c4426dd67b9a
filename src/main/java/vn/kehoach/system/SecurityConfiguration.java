package vn.kehoach.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.kehoach.system.ApiExceptionHandler.ApiError;

/**
 * Nobody gets in without logging in. The domain API ({@code /api/**}) takes HTTP Basic credentials of the
 * organisation's users, or for the application's own pages the Tasklist login ({@link WebappSessionFilter});
 * Camunda's webapps and {@code /engine-rest} authenticate with Camunda's own mechanisms (configured beside the
 * engine), so Spring Security leaves them alone.
 */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json, WebappSession sessions) throws Exception {
    return http.securityMatcher("/api/**")
        .addFilterBefore(new WebappSessionFilter(sessions, json), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(loginRefused(json)))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * The 401 of {@code /api}: why the login was refused (no credentials, a wrong password, a locked account) and,
   * while locked, {@code Retry-After}.
   */
  private static AuthenticationEntryPoint loginRefused(ObjectMapper json) {
    return (request, response, e) -> {
      LoginRefusal refusal = e instanceof LoginRefusedException refused ? refused.refusal() : LoginRefusal.MISSING;
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ke-hoach\"");
      if (refusal.retryAfterSeconds() != null) {
        response.setHeader(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds().toString());
      }
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), new ApiError(401, HttpStatus.UNAUTHORIZED.getReasonPhrase(),
          refusal.message(), List.of()));
    };
  }

  /** Health is public (load balancers, docker); the other endpoints need an administrator. */
  @Bean
  @Order(0)
  SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().hasAuthority(ViewerArgumentResolver.ADMIN_GROUP))
        .httpBasic(basic -> basic.authenticationEntryPoint(loginRefused(json)))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Camunda's webapps and REST API: their own login, CSRF protection and headers. */
  @Bean
  @Order(2)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
      @Value("${app.api.max-request-bytes:1048576}") long limit, ObjectMapper json) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(-200);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ViewerArgumentResolver());
  }
}
