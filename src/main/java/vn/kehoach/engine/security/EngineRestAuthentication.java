package vn.kehoach.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.kehoach.system.LoginRefusal;

/**
 * {@code /engine-rest} answers 401 without valid credentials and runs each call as the user who made it, so that
 * Camunda's authorizations apply to REST clients as they do in Tasklist. The 401 says why in JSON, as Camunda's
 * other errors do, with {@code Retry-After} while the account is locked after a wrong password.
 */
@Configuration
public class EngineRestAuthentication {

  /** Camunda's error body: {@code {"type": …, "message": …}}. */
  record EngineRestError(String type, String message) {}

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(LoginCheck logins,
                                                                                          ObjectMapper json) {
    BasicWithReasons provider = new BasicWithReasons(logins, json);
    // Camunda's filter makes its provider from a class name; ours needs the LoginCheck, so it is handed over here
    ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) {
        authenticationProvider = provider;
        servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
      }
    };
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("engine-rest-authentication");
    // before AdminOnlyEngineOperations, which reads the user this filter authenticates
    registration.setOrder(AdminOnlyEngineOperations.ORDER - 1);
    return registration;
  }

  /**
   * Camunda's HTTP Basic with our password check and a JSON 401. The filter asks this provider to check the
   * credentials, then (on the same thread, right after) to write the challenge; the refusal is kept in between.
   */
  static class BasicWithReasons extends HttpBasicAuthenticationProvider {

    private final ThreadLocal<LoginRefusal> refusal = new ThreadLocal<>();
    private final LoginCheck logins;
    private final ObjectMapper json;

    BasicWithReasons(LoginCheck logins, ObjectMapper json) {
      this.logins = logins;
      this.json = json;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      refusal.remove(); // no credentials at all: nothing is checked, the answer is "log in"
      return super.extractAuthenticatedUser(request, engine);
    }

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String user, String password) {
      LoginRefusal refused = logins.check(user, password);
      if (refused != null) {
        refusal.set(refused);
      }
      return refused == null;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      // no WWW-Authenticate challenge, unlike Camunda: a browser would ask for the password and then send it along
      // with requests that other sites' pages make (see SecurityConfiguration#loginRefused)
      LoginRefusal refused = refusal.get() == null ? LoginRefusal.MISSING : refusal.get();
      refusal.remove();
      if (refused.retryAfterSeconds() != null) {
        response.setHeader(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds().toString());
      }
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      try {
        json.writeValue(response.getOutputStream(), new EngineRestError("AuthenticationException", refused.message()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
