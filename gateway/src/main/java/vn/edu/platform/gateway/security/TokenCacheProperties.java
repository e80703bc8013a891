package vn.edu.platform.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway trusts a token it has already validated (ADR 0008).
 *
 * @param maxEntries how many validated tokens are kept; 0 switches the cache off, so that every
 *     request is checked against the key set again
 * @param maxTtl the longest a token stays trusted without a new check, whatever its expiry says;
 *     also how long a key removed from the realm's key set may still be honoured for a token the
 *     gateway has already seen
 */
@ConfigurationProperties("edu.gateway.token-cache")
public record TokenCacheProperties(
    @DefaultValue("10000") long maxEntries, @DefaultValue("5m") Duration maxTtl) {

  public boolean enabled() {
    return maxEntries > 0 && maxTtl.isPositive();
  }
}
