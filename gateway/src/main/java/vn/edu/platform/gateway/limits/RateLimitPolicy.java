package vn.edu.platform.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import vn.edu.platform.gateway.config.GatewayProperties.RateLimit;

/**
 * A token bucket: {@code capacity} requests at once, refilled continuously at {@code
 * refillPerMinute}. Expressed as Bucket4j types so that a shared store (Redis, PostgreSQL, JCache)
 * can use the very same definition.
 *
 * @param name distinguishes buckets of different policies for the same client
 * @param capacity the burst
 * @param refillPerMinute the sustained rate
 */
public record RateLimitPolicy(String name, long capacity, long refillPerMinute) {

  public RateLimitPolicy {
    if (capacity < 1 || refillPerMinute < 1) {
      throw new IllegalArgumentException("a rate limit needs a capacity and a rate of at least 1");
    }
  }

  public static RateLimitPolicy of(String name, RateLimit limit) {
    return new RateLimitPolicy(name, limit.capacity(), limit.requestsPerMinute());
  }

  public Bandwidth bandwidth() {
    return Bandwidth.builder()
        .capacity(capacity)
        .refillGreedy(refillPerMinute, Duration.ofMinutes(1))
        .build();
  }

  public BucketConfiguration bucketConfiguration() {
    return BucketConfiguration.builder().addLimit(bandwidth()).build();
  }

  /** How long an untouched bucket takes to fill up: after that, forgetting it changes nothing. */
  public Duration timeToFull() {
    return Duration.ofMillis(Math.ceilDiv(capacity * 60_000, refillPerMinute));
  }
}
