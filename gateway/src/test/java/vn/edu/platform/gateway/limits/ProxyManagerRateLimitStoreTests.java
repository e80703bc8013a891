package vn.edu.platform.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class ProxyManagerRateLimitStoreTests {

  private final RateLimitPolicy policy = new RateLimitPolicy("public", 3, 60);

  @Test
  void replicasSharingAStoreShareTheLimit() {
    ConcurrentMap<String, byte[]> sharedStore = InMemoryProxyManager.newStore();
    RateLimitStore replicaA =
        new ProxyManagerRateLimitStore(new InMemoryProxyManager(sharedStore).asAsync());
    RateLimitStore replicaB =
        new ProxyManagerRateLimitStore(new InMemoryProxyManager(sharedStore).asAsync());

    assertThat(replicaA.tryConsume("203.0.113.9", policy).block().allowed()).isTrue();
    assertThat(replicaB.tryConsume("203.0.113.9", policy).block().allowed()).isTrue();
    assertThat(replicaA.tryConsume("203.0.113.9", policy).block().remaining()).isZero();
    RateLimitDecision fourth = replicaB.tryConsume("203.0.113.9", policy).block();

    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void keepsSeparateBucketsPerClientAndPolicy() {
    RateLimitStore store =
        new ProxyManagerRateLimitStore(
            new InMemoryProxyManager(InMemoryProxyManager.newStore()).asAsync());
    RateLimitPolicy tight = new RateLimitPolicy("client", 1, 1);

    assertThat(store.tryConsume("edu-frontend", tight).block().allowed()).isTrue();
    assertThat(store.tryConsume("edu-frontend", tight).block().allowed()).isFalse();
    assertThat(store.tryConsume("national-db", tight).block().allowed()).isTrue();
    assertThat(store.tryConsume("edu-frontend", policy).block().allowed()).isTrue();
  }
}
