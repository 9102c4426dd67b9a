package vn.kehoach.system;

import org.springframework.security.core.AuthenticationException;

/** A refused login to {@code /api}, carrying what to tell the person (see the entry point in SecurityConfiguration). */
public class LoginRefusedException extends AuthenticationException {

  private final transient LoginRefusal refusal;

  public LoginRefusedException(LoginRefusal refusal) {
    super(refusal.message());
    this.refusal = refusal;
  }

  public LoginRefusal refusal() {
    return refusal;
  }
}
