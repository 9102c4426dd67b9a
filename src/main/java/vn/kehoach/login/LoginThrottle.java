package vn.kehoach.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.kehoach.system.LoginRefusal;

/**
 * Slows password guessing down without letting anybody lock a user out ({@link LoginPolicy}):
 * <ul>
 *   <li>a user and a source address: after a wrong password, that user waits before trying again from that address
 *       (base × factor^(n−1), capped); a right password or a quiet {@code forget-after} forgets the failures;</li>
 *   <li>a source address: past {@code source-max-failures} failed logins within its window, whatever the user names,
 *       the address is refused for everybody until the window ends.</li>
 * </ul>
 * Nothing lasts and no other address is affected, so wrong passwords sent by somebody else never keep a user out for
 * more than minutes, and never from the user's own machine. User names that do not exist are treated exactly like
 * real ones, so that the answers do not tell which exist. Guesses sent in parallel wait like guesses sent one after
 * another: one user's passwords from one address are checked one at a time (a client's parallel requests just queue
 * for a few milliseconds), and an address's attempt counts against its limit from the moment it is let through until
 * its password proves right.
 *
 * <p>The state lives in memory, on this node only, bounded by {@code max-entries} (the least recently seen go).
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Camunda's user ids have at most 64 characters: longer names are kept shortened (and never equal a real id). */
  private static final int MAX_NAME = 64;
  /** How long an attempt waits for another of the same user from the same address (a hung check) before refusal. */
  private static final long MAX_QUEUE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private record Key(String user, String source) {}

  /** Wrong passwords in a row of one user from one address; {@code last}: when the latest was counted. */
  private record Failures(int count, Instant last) {}

  /** Failed logins from one address in the window that began with the first of them. */
  private record Window(Instant start, int failures) {}

  private final LoginPolicy policy;
  private final Clock clock;
  private final Map<Key, Failures> failures;
  private final Map<String, Window> sources;
  private final Set<Key> checking = new HashSet<>();

  public LoginThrottle(LoginPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.failures = leastRecentlyUsed(policy.maxEntries());
    this.sources = leastRecentlyUsed(policy.maxEntries());
  }

  /** Null when this user may try a password from this address now, else why not and for how long. */
  public synchronized LoginRefusal refusal(String user, String source) {
    return refusal(new Key(name(user), source), clock.instant());
  }

  /** Checks the password unless the throttle refuses the attempt; refused, it is false without a check. */
  public boolean attempt(String user, String source, BooleanSupplier passwordMatches) {
    Key key = new Key(name(user), source);
    if (!claim(key)) {
      return false;
    }
    boolean matches;
    try {
      matches = passwordMatches.getAsBoolean();
    } catch (RuntimeException | Error e) {
      release(key); // not checked (the database is away): neither a failure nor a success
      throw e;
    }
    if (matches) {
      succeeded(key);
    } else {
      failed(key);
    }
    return matches;
  }

  /** An administrator unlocked the user: the user's waits end, from every address (the addresses' limits stay). */
  public synchronized void forget(String user) {
    String name = name(user);
    failures.keySet().removeIf(key -> key.user().equals(name));
  }

  private synchronized boolean claim(Key key) {
    long deadline = System.nanoTime() + MAX_QUEUE_NANOS;
    while (checking.contains(key)) {
      try {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    Instant now = clock.instant();
    if (refusal(key, now) != null) {
      LOG.debug("Refused a login of user '{}' from {}: waiting", printable(key.user()), key.source());
      return false;
    }
    checking.add(key);
    Window window = sources.get(key.source());
    sources.put(key.source(), window == null ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
    return true;
  }

  /** The check is over: the next attempt of this user from this address may go; the address's count is given back. */
  private synchronized void release(Key key) {
    checking.remove(key);
    notifyAll();
    Window window = sources.get(key.source());
    if (window != null && window.failures() > 1) {
      sources.put(key.source(), new Window(window.start(), window.failures() - 1));
    } else {
      sources.remove(key.source());
    }
  }

  private synchronized void succeeded(Key key) {
    release(key);
    failures.remove(key);
  }

  private synchronized void failed(Key key) {
    checking.remove(key);
    notifyAll();
    Window window = sources.get(key.source());
    Instant now = clock.instant();
    Failures previous = live(key, now);
    Failures counted = new Failures(previous == null ? 1 : previous.count() + 1, now);
    failures.put(key, counted);
    LOG.warn("Failed login of user '{}' from {} ({} in a row from there): its next try from there in {} s",
        printable(key.user()), key.source(), counted.count(), seconds(policy.delay(counted.count())));
    if (window != null && window.failures() == policy.sourceMaxFailures()) {
      LOG.warn("{} failed logins from {} within {} s, the last of user '{}': logins from there refused for {} s",
          window.failures(), key.source(), seconds(policy.sourceWindow()), printable(key.user()),
          seconds(until(now, window.start().plus(policy.sourceWindow()))));
    }
  }

  private LoginRefusal refusal(Key key, Instant now) {
    Failures failed = live(key, now);
    Duration userWait = failed == null ? Duration.ZERO : until(now, failed.last().plus(policy.delay(failed.count())));
    Window window = liveWindow(key.source(), now);
    Duration sourceWait = window == null || window.failures() < policy.sourceMaxFailures() ? Duration.ZERO
        : until(now, window.start().plus(policy.sourceWindow()));
    if (!sourceWait.isZero() && sourceWait.compareTo(userWait) >= 0) {
      return LoginRefusal.sourceLimited(seconds(sourceWait));
    }
    return userWait.isZero() ? null : LoginRefusal.backedOff(seconds(userWait));
  }

  /** The failures still remembered; a clock set back (before the last failure) forgets them too. */
  private Failures live(Key key, Instant now) {
    Failures failed = failures.get(key);
    if (failed != null && (now.isBefore(failed.last()) || !now.isBefore(failed.last().plus(policy.forgetAfter())))) {
      failures.remove(key);
      return null;
    }
    return failed;
  }

  private Window liveWindow(String source, Instant now) {
    Window window = sources.get(source);
    if (window != null && (now.isBefore(window.start()) || !now.isBefore(window.start().plus(policy.sourceWindow())))) {
      sources.remove(source);
      return null;
    }
    return window;
  }

  private static Duration until(Instant now, Instant end) {
    return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
  }

  /** Whole seconds, rounded up: a client that waits this long is let in. */
  private static long seconds(Duration wait) {
    return (wait.toMillis() + 999) / 1000;
  }

  private static String name(String user) {
    String name = user == null ? "" : user;
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
  }

  /** A user name as the log shows it: whatever a client sent, it cannot start a line of its own. */
  private static String printable(String name) {
    return name.replaceAll("\\p{Cntrl}", "?");
  }

  private static <K, V> Map<K, V> leastRecentlyUsed(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
