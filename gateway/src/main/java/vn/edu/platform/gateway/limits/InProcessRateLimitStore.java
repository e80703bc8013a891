package vn.edu.platform.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Buckets in this JVM's memory: Bucket4j's lock-free local buckets in a Caffeine cache bounded by
 * size. A bucket untouched for longer than it takes to fill up again is forgotten, which changes no
 * decision; beyond {@code maxTrackedClients} the least recently seen clients start afresh. Several
 * gateway replicas each count on their own, so the effective limit is the configured one times the
 * number of replicas (ADR 0007).
 */
public final class InProcessRateLimitStore implements RateLimitStore {

  private final Cache<String, Bucket> buckets;

  public InProcessRateLimitStore(long maxTrackedClients, Duration idleExpiry) {
    this.buckets =
        Caffeine.newBuilder().maximumSize(maxTrackedClients).expireAfterAccess(idleExpiry).build();
  }

  @Override
  public Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy) {
    return Mono.fromSupplier(
        () -> {
          Bucket bucket =
              buckets.get(
                  policy.name() + ':' + key,
                  k -> Bucket.builder().addLimit(policy.bandwidth()).build());
          return ProxyManagerRateLimitStore.decision(bucket.tryConsumeAndReturnRemaining(1));
        });
  }
}
