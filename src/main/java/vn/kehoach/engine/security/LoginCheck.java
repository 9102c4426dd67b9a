package vn.kehoach.engine.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.kehoach.login.LoginSource;
import vn.kehoach.login.LoginThrottle;
import vn.kehoach.system.LoginRefusal;

/**
 * Checks a user name and password with Camunda's identity service, for {@code /api} and {@code /engine-rest} alike,
 * and says why a login is refused: no credentials, a wrong password, or a wait that {@link LoginThrottle} imposes on
 * this user from this address (or on this address) after wrong passwords, with how long to wait.
 */
@Component
public class LoginCheck {

  private final IdentityService identity;
  private final LoginThrottle throttle;

  public LoginCheck(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  /** Null when the user may log in, else why not. */
  public LoginRefusal check(String user, String password) {
    if (user == null || user.isEmpty() || password == null) {
      return LoginRefusal.MISSING;
    }
    LoginRefusal waiting = throttle.refusal(user, LoginSource.current());
    if (waiting != null) {
      return waiting;
    }
    // the engine's password check passes the throttle itself (ThrottledIdentityProvider), which counts the attempt
    return identity.checkPassword(user, password) ? null : LoginRefusal.WRONG;
  }
}
