package vn.kehoach.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.kehoach.system.WebappSession;

/**
 * The user logged in to Camunda's webapps (Tasklist) in this HTTP session, for this application's engine. The
 * authorities are those an HTTP Basic login gets ({@link CamundaUserAuthenticationProvider}): the user's groups,
 * read afresh from the identity service, so that a user removed or moved since the login gets no more than now.
 */
@Component
public class CamundaWebappSession implements WebappSession {

  private final ProcessEngine engine;
  private final IdentityService identity;

  public CamundaWebappSession(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  @Override
  public Optional<Authentication> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    var login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    if (!(login instanceof UserAuthentication user)
        || identity.createUserQuery().userId(user.getIdentityId()).count() == 0) {
      return Optional.empty();
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user.getIdentityId()).list().stream()
        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
    return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, groups));
  }
}
