package vn.edu.platform.gateway.limits;

import java.security.Principal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.correlation.TraceIds;
import vn.edu.platform.gateway.problem.GatewayProblem;
import vn.edu.platform.gateway.problem.ProblemResponder;
import vn.edu.platform.gateway.proxy.ClientAddressResolver;

/**
 * Rate limits, answered with 429, {@code Retry-After} and a problem body:
 *
 * <ul>
 *   <li>{@code /public/**} per client IP address ({@link ClientAddressResolver}): these paths need
 *       no token, so the address is the only handle on an abusive caller;
 *   <li>{@code /api/**} per calling application (the token's {@code azp}, else its {@code sub}),
 *       when {@code edu.gateway.rate-limits.authenticated.requests-per-minute} is set. Runs after
 *       authentication, so only valid tokens name a bucket.
 * </ul>
 *
 * If the store fails (a shared store being down), the request is let through and a warning logged.
 */
public final class RateLimitFilter implements WebFilter, Ordered {

  /** After Spring Security's filter chain ({@code -100}): the caller is known by then. */
  public static final int ORDER = -50;

  private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

  private final RateLimitStore store;
  private final ClientAddressResolver clients;
  private final @Nullable RateLimitPolicy publicPolicy;
  private final @Nullable RateLimitPolicy clientPolicy;
  private final ProblemResponder problems;

  public RateLimitFilter(
      RateLimitStore store,
      ClientAddressResolver clients,
      @Nullable RateLimitPolicy publicPolicy,
      @Nullable RateLimitPolicy clientPolicy,
      ProblemResponder problems) {
    this.store = store;
    this.clients = clients;
    this.publicPolicy = publicPolicy;
    this.clientPolicy = clientPolicy;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().value();
    RateLimitPolicy publicLimit = publicPolicy;
    if (publicLimit != null && path.startsWith("/public/")) {
      return limit(exchange, chain, clients.clientAddress(exchange.getRequest()), publicLimit);
    }
    RateLimitPolicy clientLimit = clientPolicy;
    if (clientLimit != null && path.startsWith("/api/")) {
      return exchange
          .getPrincipal()
          .map(RateLimitFilter::clientId)
          .defaultIfEmpty(Optional.empty())
          .flatMap(
              clientId ->
                  clientId.isPresent()
                      ? limit(exchange, chain, clientId.get(), clientLimit)
                      : chain.filter(exchange));
    }
    return chain.filter(exchange);
  }

  private Mono<Void> limit(
      ServerWebExchange exchange, WebFilterChain chain, String key, RateLimitPolicy policy) {
    return store
        .tryConsume(key, policy)
        .onErrorResume(
            storeDown -> {
              // fail open: a shared store outage must not take the whole platform down with it
              TraceIds.inLogContext(
                  exchange,
                  () ->
                      log.warn(
                          "Rate-limit store failed ({}); request let through",
                          storeDown.getClass().getName()));
              return Mono.just(RateLimitDecision.UNCHECKED);
            })
        .flatMap(
            decision -> {
              if (decision.allowed()) {
                return chain.filter(exchange);
              }
              long seconds = decision.retryAfterSeconds();
              exchange
                  .getResponse()
                  .getHeaders()
                  .set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
              return problems.respond(
                  exchange,
                  GatewayProblem.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds)
                      .withDetailVariant("retry-after"));
            });
  }

  private static Optional<String> clientId(Principal principal) {
    if (principal instanceof JwtAuthenticationToken jwt) {
      String azp = jwt.getToken().getClaimAsString("azp");
      return Optional.ofNullable(azp != null ? azp : jwt.getToken().getSubject());
    }
    return Optional.empty();
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
