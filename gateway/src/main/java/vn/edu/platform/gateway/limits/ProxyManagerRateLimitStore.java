package vn.edu.platform.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * Buckets in a store shared by every gateway replica, through any Bucket4j {@link
 * AsyncProxyManager}: Redis (Lettuce or Redisson module), PostgreSQL, JCache, Hazelcast, Ignite.
 * Used instead of {@link InProcessRateLimitStore} as soon as the application context holds an
 * {@code AsyncProxyManager<String>} bean (module README, "Several replicas"). The call is
 * asynchronous all the way, so the event loop never waits for the store.
 */
public final class ProxyManagerRateLimitStore implements RateLimitStore {

  private final AsyncProxyManager<String> buckets;

  public ProxyManagerRateLimitStore(AsyncProxyManager<String> buckets) {
    this.buckets = buckets;
  }

  @Override
  public Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy) {
    return Mono.fromFuture(
            () ->
                buckets
                    .builder()
                    .build(
                        policy.name() + ':' + key,
                        () -> CompletableFuture.completedFuture(policy.bucketConfiguration()))
                    .tryConsumeAndReturnRemaining(1))
        .map(ProxyManagerRateLimitStore::decision);
  }

  static RateLimitDecision decision(ConsumptionProbe probe) {
    return new RateLimitDecision(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
