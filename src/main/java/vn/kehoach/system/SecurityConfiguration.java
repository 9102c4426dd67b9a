package vn.kehoach.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
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
        .headers(SecurityConfiguration::strictTransport)
        // nobody logs in to a session here (Camunda's login page does, and protects that login): without none(),
        // Spring Security took the webapp session's user for a fresh login and changed the session's id on every
        // call, so that Cockpit's own requests still under way with the old cookie failed and logged the user out
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .build();
  }

  /**
   * HSTS on every answer, as Camunda's webapps send it (application.yaml): a browser heeds it only when it came over
   * HTTPS (RFC 6797), so plain-HTTP installations are unaffected, and it does not depend on the proxy in front telling
   * that the request was HTTPS. Not for subdomains: those are other systems of the body, maybe without TLS.
   */
  private static void strictTransport(HeadersConfigurer<HttpSecurity> headers) {
    headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
        .maxAgeInSeconds(31_536_000).includeSubDomains(false));
  }

  /**
   * The 401 of {@code /api}: why the login was refused (no credentials, a wrong password, a locked account) and,
   * while locked, {@code Retry-After}. No {@code WWW-Authenticate: Basic} challenge: a browser would ask for the
   * password and then send it with every request to this site, also those another site's page makes it send (CSRF).
   * API clients send their credentials without being asked (curl -u), so they need no challenge, and no CSRF token.
   */
  private static AuthenticationEntryPoint loginRefused(ObjectMapper json) {
    return (request, response, e) -> {
      LoginRefusal refusal = e instanceof LoginRefusedException refused ? refused.refusal() : LoginRefusal.MISSING;
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
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

  /**
   * Camunda's REST API authenticates with its own filter (EngineRestAuthentication); here it gets the same security
   * headers as {@code /api} (nosniff, no framing, no caching, HSTS). Stateless, no session, no cookie: so
   * nothing for a cross-site request to ride on.
   */
  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    // a matcher on the whole path: "/engine-rest/**" alone would be matched against Spring MVC's mappings, and the
    // REST API is a servlet of its own
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(SecurityConfiguration::strictTransport)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Camunda's webapps: their own login, CSRF protection and headers (application.yaml, header-security). */
  @Bean
  @Order(3)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
      @Value("${app.api.max-request-bytes:1048576}") long limit, ObjectMapper json,
      ObjectProvider<LargerBodyLimit> larger) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit, json, larger.orderedStream().toList()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(-200);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ViewerArgumentResolver());
  }
}
