package vn.edu.platform.runtime.process;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Deadline polling, the one way the runners wait: a condition is checked every interval until it
 * holds, a fail-fast check throws (e.g. because the process died), or time runs out.
 */
public final class Await {

  static final Duration INTERVAL = Duration.ofMillis(250);

  /** Thrown when the deadline passes before the condition holds. */
  public static final class TimedOut extends RuntimeException {
    TimedOut(String message) {
      super(message);
    }
  }

  /** A check run before each poll; it throws to abort the wait. */
  @FunctionalInterface
  public interface FailFast {
    void check();
  }

  private Await() {}

  /**
   * Waits until {@code condition} holds and returns how long that took.
   *
   * @throws TimedOut when {@code timeout} passes first
   * @throws IllegalStateException when interrupted
   */
  public static Duration until(
      String what, Duration timeout, BooleanSupplier condition, FailFast failFast) {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    while (true) {
      failFast.check();
      if (condition.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      if (System.nanoTime() - deadline > 0) {
        throw new TimedOut(what + " not ready within " + timeout.toSeconds() + " s");
      }
      pause();
    }
  }

  /** Waits until {@code condition} holds or the timeout passes; returns whether it holds. */
  public static boolean within(Duration timeout, BooleanSupplier condition) {
    try {
      until("condition", timeout, condition, () -> {});
      return true;
    } catch (TimedOut e) {
      return false;
    }
  }

  private static void pause() {
    try {
      TimeUnit.NANOSECONDS.sleep(INTERVAL.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
