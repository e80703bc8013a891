package vn.edu.platform.gateway.limits;

import reactor.core.publisher.Mono;

/**
 * Where the buckets live. The gateway ships {@link InProcessRateLimitStore} (each replica counts on
 * its own, see ADR 0007); a shared store for several replicas is a bean of this type backed by a
 * Bucket4j {@code AsyncProxyManager} (Redis through Lettuce, PostgreSQL, JCache), as the module
 * README shows. Implementations must not block: they run on the event loop.
 */
public interface RateLimitStore {

  /** Takes one token from {@code key}'s bucket, creating the bucket from {@code policy} if new. */
  Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy);
}
