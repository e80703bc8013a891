package vn.edu.platform.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTests {

  @Test
  void allowsTheBurstAtOnceThenTellsWhenTheNextTokenArrives() {
    InProcessRateLimitStore store = new InProcessRateLimitStore(10, Duration.ofMinutes(1));
    RateLimitPolicy policy = new RateLimitPolicy("public", 3, 60);

    for (int i = 0; i < 3; i++) {
      assertThat(store.tryConsume("203.0.113.1", policy).block().allowed()).isTrue();
    }
    RateLimitDecision rejected = store.tryConsume("203.0.113.1", policy).block();

    assertThat(rejected.allowed()).isFalse();
    // 60 a minute: one token a second
    assertThat(rejected.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(rejected.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void knowsHowLongAnIdleBucketTakesToFillUp() {
    assertThat(new RateLimitPolicy("public", 20, 60).timeToFull())
        .isEqualTo(Duration.ofSeconds(20));
    assertThat(new RateLimitPolicy("public", 3, 1).timeToFull()).isEqualTo(Duration.ofMinutes(3));
  }
}
