package vn.kehoach.engine.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import vn.kehoach.system.LoginRefusal;

/**
 * Checks a user name and password with Camunda's identity service, for {@code /api} and {@code /engine-rest} alike,
 * and says why a login is refused. After each wrong password Camunda locks the account for a few seconds (3, 6,
 * 12 … at most 60; for good after 10 in a row) and refuses even the right password meanwhile, so the person is told
 * to wait and for how long. An unknown user name is "locked" here on the same schedule, in memory, so that the
 * answers never tell which user names exist.
 */
@Component
public class LoginCheck {

  /** Unknown names remembered at most; past this the memory starts again rather than grow. */
  private static final int MAX_UNKNOWN = 10_000;

  private record Lock(int attempts, Instant until) {}

  private final ProcessEngineConfigurationImpl engine;
  private final Clock clock;
  private final Map<String, Lock> unknown = new ConcurrentHashMap<>();

  public LoginCheck(ProcessEngineConfigurationImpl engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** Null when the user may log in, else why not. */
  public LoginRefusal check(String user, String password) {
    if (user == null || user.isEmpty() || password == null) {
      return LoginRefusal.MISSING;
    }
    // one command: the password check finds the user already loaded (no second query on every API call)
    return engine.getCommandExecutorTxRequired().execute(context -> {
      UserEntity known = context.getDbEntityManager().selectById(UserEntity.class, user);
      Lock lock = known == null ? unknown.get(user)
          : new Lock(known.getAttempts(), instant(known.getLockExpirationTime()));
      LoginRefusal locked = locked(lock);
      if (locked != null) {
        return locked;
      }
      if (known != null) {
        return context.getReadOnlyIdentityProvider().checkPassword(user, password) ? null : LoginRefusal.WRONG;
      }
      rememberWrongAttempt(user, lock);
      return LoginRefusal.WRONG;
    });
  }

  private LoginRefusal locked(Lock lock) {
    if (lock == null) {
      return null;
    }
    if (lock.attempts() >= engine.getLoginMaxAttempts()) {
      return LoginRefusal.LOCKED_FOR_GOOD;
    }
    long millis = lock.until() == null ? 0 : Duration.between(clock.instant(), lock.until()).toMillis();
    return millis > 0 ? LoginRefusal.locked((millis + 999) / 1000) : null;
  }

  /** Camunda's schedule (DbIdentityServiceProvider#lockUser): base × factor^(attempts − 1) seconds, capped. */
  private void rememberWrongAttempt(String user, Lock previous) {
    int attempts = previous == null ? 1 : previous.attempts() + 1;
    long seconds = Math.min((long) (engine.getLoginDelayBase() * Math.pow(engine.getLoginDelayFactor(), attempts - 1)),
        engine.getLoginDelayMaxTime());
    if (unknown.size() >= MAX_UNKNOWN) {
      unknown.clear();
    }
    unknown.put(user, new Lock(attempts, clock.instant().plusSeconds(seconds)));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
