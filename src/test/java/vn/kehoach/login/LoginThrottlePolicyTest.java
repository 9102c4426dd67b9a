package vn.kehoach.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.kehoach.system.LoginRefusal;

/** The throttle's policy, on a clock the test moves: waits that grow, end, and stay with one user and one address. */
class LoginThrottlePolicyTest {

  private static final String A = "10.0.0.1";
  private static final String B = "10.0.0.2";
  private static final LoginPolicy POLICY = new LoginPolicy(Duration.ofSeconds(3), 2, Duration.ofSeconds(60),
      Duration.ofMinutes(15), 30, Duration.ofMinutes(5), 10_000);

  private final MovableClock clock = new MovableClock();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private LoginThrottle throttle = new LoginThrottle(POLICY, clock);
  /** Attempts running on threads of their own, to see one queue behind another. */
  private final Map<FutureTask<Boolean>, Thread> threads = new HashMap<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    logger().addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    logger().detachAppender(logged);
  }

  @Test
  void eachWrongPasswordDoublesTheWaitUpToTheMaximum() {
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      assertThat(throttle.attempt("an", A, () -> false)).isFalse();
      LoginRefusal refusal = throttle.refusal("an", A);
      waits.add(refusal.retryAfterSeconds());
      clock.move(Duration.ofSeconds(refusal.retryAfterSeconds() - 1));
      assertThat(throttle.refusal("an", A)).as("one second before the end").isNotNull();
      clock.move(Duration.ofSeconds(1));
      assertThat(throttle.refusal("an", A)).as("at the end").isNull();
    }
    assertThat(waits).containsExactly(3L, 6L, 12L, 24L, 48L, 60L, 60L);
  }

  @Test
  void whileWaitingNoPasswordIsCheckedAndTheWaitDoesNotGrow() {
    throttle.attempt("an", A, () -> false);
    clock.move(Duration.ofSeconds(2));
    assertThat(throttle.attempt("an", A, () -> {
      throw new AssertionError("no password is checked while the user waits");
    })).isFalse();
    assertThat(throttle.refusal("an", A)).isEqualTo(LoginRefusal.backedOff(1));
    clock.move(Duration.ofSeconds(1));
    assertThat(throttle.attempt("an", A, () -> true)).isTrue();
  }

  @Test
  void theWaitStaysWithTheAddressAndTheUser() {
    throttle.attempt("an", A, () -> false);
    assertThat(throttle.refusal("an", B)).as("the same user from elsewhere").isNull();
    assertThat(throttle.attempt("an", B, () -> true)).isTrue();
    assertThat(throttle.refusal("binh", A)).as("another user from the same address").isNull();
    assertThat(throttle.refusal("an", A)).isEqualTo(LoginRefusal.backedOff(3));
  }

  @Test
  void aRightPasswordOrAQuietSpellForgetsTheWrongOnes() {
    fail("an", A, 3); // waits 3, 6, then 12 s
    throttle.attempt("an", A, () -> true);
    throttle.attempt("an", A, () -> false);
    assertThat(throttle.refusal("an", A)).as("counted afresh after a login").isEqualTo(LoginRefusal.backedOff(3));

    fail("binh", A, 4);
    clock.move(POLICY.forgetAfter());
    throttle.attempt("binh", A, () -> false);
    assertThat(throttle.refusal("binh", A)).as("counted afresh after forget-after").isEqualTo(LoginRefusal.backedOff(3));
  }

  @Test
  void anAddressPastItsLimitIsRefusedForEveryoneUntilItsWindowEnds() {
    Instant start = clock.instant();
    for (int i = 0; i < POLICY.sourceMaxFailures(); i++) {
      assertThat(throttle.refusal("doan-" + i, A)).isNull();
      throttle.attempt("doan-" + i, A, () -> false);
      clock.move(Duration.ofSeconds(5));
    }
    long left = Duration.between(clock.instant(), start.plus(POLICY.sourceWindow())).toSeconds();
    assertThat(throttle.refusal("an", A)).isEqualTo(LoginRefusal.sourceLimited(left));
    assertThat(throttle.attempt("an", A, () -> {
      throw new AssertionError("not even the right password is checked");
    })).isFalse();
    assertThat(throttle.attempt("an", B, () -> true)).as("other addresses are not affected").isTrue();

    clock.move(Duration.ofSeconds(left));
    assertThat(throttle.attempt("an", A, () -> true)).isTrue();
    assertThat(logged.list).filteredOn(e -> e.getFormattedMessage().contains("failed logins from " + A))
        .singleElement().satisfies(e -> {
          assertThat(e.getLevel()).isEqualTo(Level.WARN);
          assertThat(e.getFormattedMessage()).isEqualTo("30 failed logins from 10.0.0.1 within 300 s, the last of "
              + "user 'doan-29': logins from there refused for 155 s");
        });
  }

  @Test
  void rightPasswordsDoNotUseUpTheAddressesLimit() {
    for (int i = 0; i < POLICY.sourceMaxFailures() * 3; i++) {
      assertThat(throttle.attempt("nguoi-" + i, A, () -> true)).isTrue();
    }
    for (int i = 1; i < POLICY.sourceMaxFailures(); i++) {
      throttle.attempt("doan-" + i, A, () -> false);
    }
    assertThat(throttle.refusal("binh", A)).isNull();
    throttle.attempt("doan-0", A, () -> false);
    assertThat(throttle.refusal("binh", A)).isNotNull();
  }

  @Test
  void oneUsersPasswordsFromOneAddressAreCheckedOneAtATime() throws Exception {
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch wrong = new CountDownLatch(1);
    FutureTask<Boolean> first = start(() -> throttle.attempt("an", A, () -> {
      checking.countDown();
      await(wrong);
      return false;
    }));
    checking.await();
    AtomicBoolean checkedInParallel = new AtomicBoolean();
    FutureTask<Boolean> parallel = start(() -> throttle.attempt("an", A, () -> checkedInParallel.getAndSet(true)));
    awaitWaiting(parallel);
    assertThat(throttle.attempt("an", B, () -> true)).as("from another address at once").isTrue();
    assertThat(throttle.attempt("binh", A, () -> true)).as("another user at once").isTrue();

    wrong.countDown();
    assertThat(first.get()).isFalse();
    assertThat(parallel.get()).as("the parallel guess meets the wait after the first").isFalse();
    assertThat(checkedInParallel).isFalse();
  }

  @Test
  void aClientsParallelRequestsQueueAndAllGetIn() throws Exception {
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch right = new CountDownLatch(1);
    FutureTask<Boolean> first = start(() -> throttle.attempt("an", A, () -> {
      checking.countDown();
      await(right);
      return true;
    }));
    checking.await();
    FutureTask<Boolean> parallel = start(() -> throttle.attempt("an", A, () -> true));
    awaitWaiting(parallel);
    right.countDown();
    assertThat(first.get()).isTrue();
    assertThat(parallel.get()).isTrue();
  }

  @Test
  void aCheckThatCannotBeMadeIsNeitherFailureNorSuccess() {
    assertThatThrownBy(() -> throttle.attempt("an", A, () -> {
      throw new IllegalStateException("database away");
    })).hasMessage("database away");
    assertThat(throttle.refusal("an", A)).isNull();
    assertThat(throttle.attempt("an", A, () -> true)).as("not left waiting behind the broken check").isTrue();
  }

  @Test
  void theAdministratorsUnlockEndsTheUsersWaitsFromEveryAddress() {
    throttle.attempt("an", A, () -> false);
    throttle.attempt("an", B, () -> false);
    throttle.attempt("binh", A, () -> false);
    throttle.forget("an");
    assertThat(throttle.refusal("an", A)).isNull();
    assertThat(throttle.refusal("an", B)).isNull();
    assertThat(throttle.refusal("binh", A)).isNotNull();
  }

  @Test
  void eachWrongPasswordIsOneWarningNamingUserAndAddress() {
    throttle.attempt("an", A, () -> false);
    throttle.attempt("an", A, () -> false); // refused: waiting, not logged as a warning
    clock.move(Duration.ofSeconds(3));
    throttle.attempt("an\r\nINFO forged line", A, () -> false);
    List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
        "Failed login of user 'an' from 10.0.0.1 (1 in a row from there): its next try from there in 3 s",
        "Failed login of user 'an??INFO forged line' from 10.0.0.1 (1 in a row from there): its next try from "
            + "there in 3 s");
    assertThat(warnings).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
  }

  @Test
  void memoryIsBoundedAndAClockSetBackForgets() {
    throttle = new LoginThrottle(new LoginPolicy(Duration.ofSeconds(3), 2, Duration.ofSeconds(60),
        Duration.ofMinutes(15), 30, Duration.ofMinutes(5), 2), clock);
    throttle.attempt("an", A, () -> false);
    throttle.attempt("binh", A, () -> false);
    throttle.attempt("chi", A, () -> false);
    assertThat(throttle.refusal("an", A)).as("the least recently seen went").isNull();
    assertThat(throttle.refusal("chi", A)).isNotNull();

    clock.move(Duration.ofSeconds(-1));
    assertThat(throttle.refusal("chi", A)).isNull();
  }

  @Test
  void namesLongerThanAnyUserIdAreKeptShort() {
    String longName = "x".repeat(100_000);
    throttle.attempt(longName, A, () -> false);
    assertThat(throttle.refusal(longName, A)).isNotNull();
    assertThat(throttle.refusal("x".repeat(64), A)).as("never the same as a real id").isNull();
  }

  @Test
  void aPolicyThatMakesNoSenseStopsTheStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> new LoginPolicy(
        Duration.ofSeconds(3), 2, Duration.ofSeconds(60), Duration.ofSeconds(30), 30, Duration.ofMinutes(5), 1));
  }

  private void fail(String user, String source, int times) {
    for (int i = 0; i < times; i++) {
      throttle.attempt(user, source, () -> false);
      clock.move(POLICY.delay(i + 1));
    }
  }

  private FutureTask<Boolean> start(Callable<Boolean> attempt) {
    FutureTask<Boolean> task = new FutureTask<>(attempt);
    Thread thread = new Thread(task, "login-attempt");
    threads.put(task, thread);
    thread.start();
    return task;
  }

  private void awaitWaiting(FutureTask<Boolean> task) {
    Thread thread = threads.get(task);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.TIMED_WAITING) {
      assertThat(System.nanoTime()).as("the attempt queues").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Logger logger() {
    return (Logger) LoggerFactory.getLogger(LoginThrottle.class);
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2025-03-03T02:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
