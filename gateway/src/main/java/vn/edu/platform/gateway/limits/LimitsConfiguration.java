package vn.edu.platform.gateway.limits;

import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.platform.gateway.config.GatewayProperties;
import vn.edu.platform.gateway.config.GatewayProperties.RateLimit;
import vn.edu.platform.gateway.config.GatewayProperties.RateLimits;
import vn.edu.platform.gateway.problem.ProblemResponder;
import vn.edu.platform.gateway.proxy.ClientAddressResolver;

/** Request-size and rate limits. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  RequestSizeLimitFilter requestSizeLimitFilter(
      GatewayProperties properties, ProblemResponder problems) {
    return new RequestSizeLimitFilter(properties.requestSize(), problems);
  }

  /**
   * The store is, in this order: a {@link RateLimitStore} bean of the application's own, a shared
   * store over a Bucket4j {@code AsyncProxyManager<String>} bean, or buckets in process. Decided
   * when this bean is created, after every bean definition is known, so those beans may be declared
   * anywhere.
   */
  @Bean
  RateLimitFilter rateLimitFilter(
      GatewayProperties properties,
      ObjectProvider<RateLimitStore> customStore,
      ObjectProvider<AsyncProxyManager<String>> sharedBuckets,
      ClientAddressResolver clients,
      ProblemResponder problems) {
    RateLimits limits = properties.rateLimits();
    RateLimitPolicy publicPolicy = policy("public", limits.publicClients());
    RateLimitPolicy clientPolicy = policy("client", limits.authenticatedClients());
    RateLimitStore store =
        customStore.getIfAvailable(
            () -> {
              AsyncProxyManager<String> shared = sharedBuckets.getIfAvailable();
              return shared != null
                  ? new ProxyManagerRateLimitStore(shared)
                  : new InProcessRateLimitStore(
                      limits.maxTrackedClients(), idleExpiry(publicPolicy, clientPolicy));
            });
    return new RateLimitFilter(store, clients, publicPolicy, clientPolicy, problems);
  }

  /** A bucket idle for longer than the slowest policy takes to refill is forgotten. */
  private static Duration idleExpiry(@Nullable RateLimitPolicy... policies) {
    return Stream.of(policies)
        .filter(Objects::nonNull)
        .map(RateLimitPolicy::timeToFull)
        .reduce(Duration.ofMinutes(1), (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  private static @Nullable RateLimitPolicy policy(String name, RateLimit limit) {
    return limit.enabled() ? RateLimitPolicy.of(name, limit) : null;
  }
}
