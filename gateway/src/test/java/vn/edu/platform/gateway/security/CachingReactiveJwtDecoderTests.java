package vn.edu.platform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CachingReactiveJwtDecoderTests {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final MovingClock clock = new MovingClock();
  private final AtomicInteger checks = new AtomicInteger();

  /** Stands in for Spring's decoder: tokens starting with "bad" fail, others expire in 60 s. */
  private final ReactiveJwtDecoder checking =
      token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
          return Mono.error(new BadJwtException("invalid"));
        }
        return Mono.just(jwt(token, clock.instant().plusSeconds(60)));
      };

  private CachingReactiveJwtDecoder decoder(long maxEntries, Duration maxTtl) {
    return new CachingReactiveJwtDecoder(
        checking, new TokenCacheProperties(maxEntries, maxTtl), clock, ticker, Runnable::run);
  }

  @Test
  void checksAGivenTokenOnceWhileItIsValid() {
    CachingReactiveJwtDecoder decoder = decoder(100, Duration.ofMinutes(5));

    Jwt first = decoder.decode("token-a").block();
    Jwt second = decoder.decode("token-a").block();

    assertThat(second).isSameAs(first);
    assertThat(checks).hasValue(1);
  }

  @Test
  void checksEveryDifferentTokenOnItsOwn() {
    CachingReactiveJwtDecoder decoder = decoder(100, Duration.ofMinutes(5));

    assertThat(decoder.decode("token-a").block().getTokenValue()).isEqualTo("token-a");
    assertThat(decoder.decode("token-b").block().getTokenValue()).isEqualTo("token-b");

    assertThat(checks).hasValue(2);
  }

  @Test
  void neverRemembersARejectedToken() {
    CachingReactiveJwtDecoder decoder = decoder(100, Duration.ofMinutes(5));

    StepVerifier.create(decoder.decode("bad-token")).expectError(BadJwtException.class).verify();
    StepVerifier.create(decoder.decode("bad-token")).expectError(BadJwtException.class).verify();

    assertThat(checks).hasValue(2);
    assertThat(decoder.size()).isZero();
  }

  @Test
  void checksATokenAgainOnceItHasExpired() {
    CachingReactiveJwtDecoder decoder = decoder(100, Duration.ofMinutes(5));
    decoder.decode("token-a").block();

    advance(Duration.ofSeconds(59));
    decoder.decode("token-a").block();
    assertThat(checks).hasValue(1);

    advance(Duration.ofSeconds(2));
    decoder.decode("token-a").block();
    assertThat(checks).hasValue(2);
  }

  @Test
  void trustsATokenNoLongerThanTheMaximumTimeToLive() {
    CachingReactiveJwtDecoder decoder = decoder(100, Duration.ofSeconds(10));
    decoder.decode("token-a").block();

    advance(Duration.ofSeconds(11));
    decoder.decode("token-a").block();

    assertThat(checks).hasValue(2);
  }

  @Test
  void keepsNoMoreTokensThanConfigured() {
    CachingReactiveJwtDecoder decoder = decoder(10, Duration.ofMinutes(5));

    for (int i = 0; i < 50; i++) {
      decoder.decode("token-" + i).block();
    }

    assertThat(decoder.size()).isLessThanOrEqualTo(10);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
    clock.now = clock.now.plus(duration);
  }

  private static Jwt jwt(String token, Instant expiresAt) {
    return Jwt.withTokenValue(token)
        .header("alg", "RS256")
        .subject("gv.hoa")
        .issuedAt(expiresAt.minusSeconds(300))
        .expiresAt(expiresAt)
        .build();
  }

  private static final class MovingClock extends Clock {
    private Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
