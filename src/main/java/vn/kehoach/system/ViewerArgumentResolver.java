package vn.kehoach.system;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.kehoach.organisation.Viewer;

/**
 * Gives controllers the logged-in user as a {@link Viewer}: the authorities of the authentication are the user's
 * groups (units, roles), "camunda-admin" making an admin.
 */
public class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

  public static final String ADMIN_GROUP = "camunda-admin";

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(Viewer.class);
  }

  @Override
  public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                WebDataBinderFactory binders) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("no authenticated user for a secured API call");
    }
    Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return new Viewer(authentication.getName(), groups, groups.contains(ADMIN_GROUP));
  }
}
