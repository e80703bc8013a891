package vn.edu.platform.gateway.limits;

import java.time.Duration;

/**
 * The answer of a {@link RateLimitStore}.
 *
 * @param allowed whether the request may pass
 * @param remaining requests left in the bucket after this one
 * @param retryAfter when a rejected client may try again; zero when allowed
 */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

  /** Let through without counting, when the store could not be asked. */
  public static final RateLimitDecision UNCHECKED = new RateLimitDecision(true, -1, Duration.ZERO);

  /** {@code Retry-After} in whole seconds, rounded up and at least one. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
