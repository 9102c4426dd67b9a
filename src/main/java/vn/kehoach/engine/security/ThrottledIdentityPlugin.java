package vn.kehoach.engine.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import vn.kehoach.login.LoginThrottle;

/** The engine's users and passwords come from {@link ThrottledIdentityProvider} instead of Camunda's own provider. */
@Component
public class ThrottledIdentityPlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;

  public ThrottledIdentityPlugin(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ThrottledIdentityProvider.class; // a writable provider: the engine uses it for both kinds
      }

      @Override
      public Session openSession() {
        return new ThrottledIdentityProvider(throttle);
      }
    });
  }
}
