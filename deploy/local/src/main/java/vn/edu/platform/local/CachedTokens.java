package vn.edu.platform.local;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A demo login's access token, fetched once a minute at most: a loader makes hundreds of calls and
 * each password grant costs Keycloak a password hash. Tokens of the local realm live 5 minutes, so
 * one kept for a minute is always still valid when it is sent.
 */
final class CachedTokens implements Function<String, String> {

  private static final Duration KEEP = Duration.ofMinutes(1);

  private record Kept(String token, Instant fetched) {}

  private final Function<String, String> fetch;
  private final Map<String, Kept> kept = new HashMap<>();

  CachedTokens(Function<String, String> fetch) {
    this.fetch = fetch;
  }

  @Override
  public synchronized String apply(String login) {
    Kept token = kept.get(login);
    if (token == null || token.fetched().plus(KEEP).isBefore(Instant.now())) {
      token = new Kept(fetch.apply(login), Instant.now());
      kept.put(login, token);
    }
    return token.token();
  }
}
