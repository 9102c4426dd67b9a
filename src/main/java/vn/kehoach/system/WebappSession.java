package vn.kehoach.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The user logged in to the web applications (Tasklist) in the request's HTTP session, authenticated as the API
 * authenticates a user: the user's groups as authorities. Implemented beside the engine, which owns that login.
 */
public interface WebappSession {

  /** Empty without a session, or when nobody is logged in to it. Never creates a session. */
  Optional<Authentication> user(HttpServletRequest request);
}
