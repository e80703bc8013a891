package vn.edu.platform.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens that passed validation, keyed by the token itself, until the token expires
 * (and at most {@code max-ttl}), so that a client sending the same token many times pays for one
 * RSA signature check and one JSON parse instead of one per request. The profile of the gateway
 * under load showed these as the largest single cost of the authenticated path.
 *
 * <p>Only successes are kept: an invalid, expired or forged token is checked again every time (the
 * key is the whole token, signature included, so a forged token can never hit a genuine entry). The
 * trade-off, recorded in ADR 0008: a token stays accepted by the gateway until its own expiry even
 * if its signing key is removed from the realm in the meantime; the services validate every token
 * again, so they still refuse it.
 */
public final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder delegate;
  private final Cache<String, Jwt> validated;

  public CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, TokenCacheProperties settings) {
    this(delegate, settings, Clock.systemUTC(), Ticker.systemTicker(), null);
  }

  CachingReactiveJwtDecoder(
      ReactiveJwtDecoder delegate,
      TokenCacheProperties settings,
      Clock clock,
      Ticker ticker,
      Executor maintenance) {
    this.delegate = delegate;
    Caffeine<Object, Object> builder =
        Caffeine.newBuilder().maximumSize(settings.maxEntries()).ticker(ticker);
    if (maintenance != null) {
      builder.executor(maintenance);
    }
    this.validated = builder.expireAfter(untilExpiry(clock, settings.maxTtl())).build();
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = validated.getIfPresent(token);
    if (known != null) {
      return Mono.just(known);
    }
    return delegate.decode(token).doOnNext(jwt -> validated.put(token, jwt));
  }

  /** How many validated tokens are kept right now (an estimate). */
  long size() {
    validated.cleanUp();
    return validated.estimatedSize();
  }

  private static Expiry<String, Jwt> untilExpiry(Clock clock, Duration maxTtl) {
    return new Expiry<>() {
      @Override
      public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration ttl = expiresAt == null ? maxTtl : Duration.between(clock.instant(), expiresAt);
        if (ttl.isNegative()) {
          return 0;
        }
        return (ttl.compareTo(maxTtl) < 0 ? ttl : maxTtl).toNanos();
      }

      @Override
      public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
        return expireAfterCreate(token, jwt, currentTime);
      }

      @Override
      public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
        return currentDuration;
      }
    };
  }
}
