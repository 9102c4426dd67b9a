package vn.kehoach.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How logins are slowed down after wrong passwords ({@code app.login.*}); see {@link LoginThrottle}.
 *
 * @param delayBase wait after the first wrong password of a user from one address
 * @param delayFactor each further wrong password multiplies the wait by this
 * @param delayMax the wait never grows past this
 * @param forgetAfter a user's wrong passwords from one address are forgotten after this long without one
 * @param sourceMaxFailures an address may have this many failed logins (all user names together) per window
 * @param sourceWindow the window of {@code sourceMaxFailures}: it starts with the address's first failure
 * @param maxEntries users-and-addresses (and addresses) remembered at most; the least recently seen go first
 */
@ConfigurationProperties("app.login")
public record LoginPolicy(@DefaultValue("3s") Duration delayBase, @DefaultValue("2") double delayFactor,
                          @DefaultValue("60s") Duration delayMax, @DefaultValue("15m") Duration forgetAfter,
                          @DefaultValue("30") int sourceMaxFailures, @DefaultValue("5m") Duration sourceWindow,
                          @DefaultValue("10000") int maxEntries) {

  public LoginPolicy {
    if (delayBase.isNegative() || delayFactor < 1 || delayMax.compareTo(delayBase) < 0
        || forgetAfter.compareTo(delayMax) < 0 || sourceMaxFailures < 1 || sourceWindow.compareTo(Duration.ZERO) <= 0
        || maxEntries < 1) {
      throw new IllegalArgumentException("app.login: need 0 <= delay-base <= delay-max <= forget-after, "
          + "delay-factor >= 1, source-max-failures >= 1, source-window > 0, max-entries >= 1");
    }
  }

  /** The wait after the n-th wrong password in a row: base × factor^(n−1), at most the maximum. */
  Duration delay(int failures) {
    double millis = delayBase.toMillis() * Math.pow(delayFactor, failures - 1);
    return millis >= delayMax.toMillis() ? delayMax : Duration.ofMillis((long) millis);
  }
}
