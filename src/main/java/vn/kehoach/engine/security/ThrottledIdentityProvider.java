package vn.kehoach.engine.security;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import vn.kehoach.login.LoginSource;
import vn.kehoach.login.LoginThrottle;

/**
 * Camunda's database identity with {@link LoginThrottle} in place of Camunda's account lock. Camunda locks an account
 * after each wrong password, for good after ten in a row, whoever sends them: anybody could lock any user out, the
 * only administrator too. Here every password check of the engine (the webapps' login, HTTP Basic on {@code /api}
 * and {@code /engine-rest}, {@code /identity/verify}) passes the throttle with the address of the request being
 * served, and a wrong password writes nothing to the user's row.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return throttle.attempt(userId, LoginSource.current(), () -> super.checkPassword(userId, password));
  }

  /** Never locked by Camunda; accounts Camunda locked before are free again. */
  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  @Override
  protected void lockUser(UserEntity user) {
    // the throttle has counted the wrong password; the user's row stays as it is
  }

  /** Camunda Admin's "Unlock" (administrators only): once it is committed, the user's waits end too. */
  @Override
  public IdentityOperationResult unlockUser(String userId) {
    IdentityOperationResult result = super.unlockUser(userId);
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> throttle.forget(userId));
    return result;
  }
}
