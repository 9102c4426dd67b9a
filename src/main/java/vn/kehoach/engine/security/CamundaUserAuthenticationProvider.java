package vn.kehoach.engine.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.kehoach.system.LoginRefusal;
import vn.kehoach.system.LoginRefusedException;

/**
 * Logs users into the domain API with the same user names and passwords as Tasklist: Camunda's identity service.
 * The user's groups (units, roles, camunda-admin) become the authorities. A refusal says why (see {@link LoginCheck}).
 */
@Component
public class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final LoginCheck logins;

  public CamundaUserAuthenticationProvider(IdentityService identity, LoginCheck logins) {
    this.identity = identity;
    this.logins = logins;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    LoginRefusal refusal = logins.check(user, password == null ? null : password.toString());
    if (refusal != null) {
      throw new LoginRefusedException(refusal);
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
