package vn.edu.platform.local;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Deadline polling, the one place where the launcher waits: a condition is checked every interval
 * until it holds, a fail-fast check throws (e.g. because the process died), or time runs out.
 */
public final class Await {

  static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

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
   * Waits until {@code condition} holds.
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
      pause(DEFAULT_INTERVAL);
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

  private static void pause(Duration interval) {
    try {
      TimeUnit.NANOSECONDS.sleep(interval.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
