package vn.edu.platform.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway needs to know about its surroundings, under {@code edu.gateway}. The
 * defaults suit a developer machine; a cluster sets service URLs (and usually trusted proxies)
 * through environment variables. The module README lists every key with its environment variable.
 *
 * @param services where each service listens; a service without a URL has no route
 * @param cors which browser origins may call the API
 * @param requestSize body size limits
 * @param rateLimits request rate limits per client
 * @param resilience timeouts, retries and circuit breakers of the routes
 * @param headers security headers added to every response
 * @param trustedProxies addresses or CIDR ranges of proxies whose {@code X-Forwarded-For} and
 *     {@code X-Forwarded-Proto} are believed; empty means the connection's peer is the client
 */
@ConfigurationProperties("edu.gateway")
public record GatewayProperties(
    @DefaultValue Map<DownstreamService, Downstream> services,
    @DefaultValue Cors cors,
    @DefaultValue RequestSize requestSize,
    @DefaultValue RateLimits rateLimits,
    @DefaultValue Resilience resilience,
    @DefaultValue Headers headers,
    @DefaultValue List<String> trustedProxies) {

  public GatewayProperties {
    services = services == null ? Map.of() : copyOf(services);
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
  }

  /** The configured location of a service, if any. */
  public Optional<Downstream> service(DownstreamService service) {
    return Optional.ofNullable(services.get(service)).filter(d -> d.url() != null);
  }

  private static Map<DownstreamService, Downstream> copyOf(Map<DownstreamService, Downstream> map) {
    return map.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(map));
  }

  /**
   * One service's location.
   *
   * @param url base URL ({@code scheme://host:port}); the request path is appended unchanged
   * @param responseTimeout overrides {@code edu.gateway.resilience.response-timeout} for this
   *     service
   */
  public record Downstream(@Nullable URI url, @Nullable Duration responseTimeout) {}

  /**
   * Cross-origin access for the browser frontends. Tokens travel in the {@code Authorization}
   * header, never in cookies, so credentials are not allowed.
   *
   * @param allowedOrigins exact origins, e.g. {@code https://edu.haiphong.gov.vn}
   * @param maxAge how long a browser may cache a preflight answer
   */
  public record Cors(
      @DefaultValue("http://localhost:5173") List<String> allowedOrigins,
      @DefaultValue("30m") Duration maxAge) {}

  /**
   * Request body limits, checked before a byte is forwarded.
   *
   * @param maxBody the limit for ordinary (JSON) requests
   * @param maxUpload the limit on {@code uploadPaths}, where schools send CSV/XLSX files
   * @param uploadPaths Ant-style path patterns of upload endpoints; they also get the longer {@code
   *     resilience.upload-timeout}
   */
  public record RequestSize(
      @DefaultValue("10MB") DataSize maxBody,
      @DefaultValue("200MB") DataSize maxUpload,
      @DefaultValue("/**/imports/**") List<String> uploadPaths) {}

  /**
   * Token-bucket limits: each client may send {@code burst} requests at once, refilled at {@code
   * requests-per-minute}.
   *
   * @param publicClients {@code /public/**}, per client IP address
   * @param authenticatedClients {@code /api/**}, per calling application (the token's {@code azp});
   *     off while {@code requests-per-minute} is 0
   * @param maxTrackedClients how many clients' buckets stay in memory; the least recently seen are
   *     dropped beyond it
   */
  public record RateLimits(
      @Name("public") @DefaultValue PublicLimit publicClients,
      @Name("authenticated") @DefaultValue ClientLimit authenticatedClients,
      @DefaultValue("100000") long maxTrackedClients) {}

  /** The public paths' limit per IP address: 60 per minute with bursts of 20 by default. */
  public record PublicLimit(
      @DefaultValue("60") long requestsPerMinute, @DefaultValue("20") long burst)
      implements RateLimit {}

  /** The API's limit per calling application: off by default. */
  public record ClientLimit(
      @DefaultValue("0") long requestsPerMinute, @DefaultValue("0") long burst)
      implements RateLimit {}

  /** A token-bucket limit. */
  public sealed interface RateLimit permits PublicLimit, ClientLimit {

    long requestsPerMinute();

    long burst();

    default boolean enabled() {
      return requestsPerMinute() > 0;
    }

    /** The bucket's capacity: the burst, at least one request. */
    default long capacity() {
      return Math.max(1, burst() > 0 ? burst() : requestsPerMinute());
    }
  }

  /**
   * How the gateway protects itself and its callers from a slow or failing service.
   *
   * @param responseTimeout the longest wait for a service's response headers, from the moment the
   *     request is sent (a streamed response body is not cut); answered with 504
   * @param uploadTimeout the same for uploads on {@code request-size.upload-paths}
   * @param connectTimeout the longest wait for a TCP connection to a service
   * @param retries how often a GET, HEAD or OPTIONS request is retried after a connection failure
   *     or a 503; other methods are never retried
   * @param retryBackoff the first pause between retries, doubled each time
   * @param circuitBreaker when a service's circuit opens
   */
  public record Resilience(
      @DefaultValue("10s") Duration responseTimeout,
      @DefaultValue("5m") Duration uploadTimeout,
      @DefaultValue("2s") Duration connectTimeout,
      @DefaultValue("2") int retries,
      @DefaultValue("100ms") Duration retryBackoff,
      @DefaultValue CircuitBreaker circuitBreaker) {}

  /**
   * One circuit per service (Resilience4j, count-based window). Connection failures and timeouts
   * count as failures; answers of the service, errors included, do not.
   *
   * @param failureRateThreshold percentage of failed calls that opens the circuit
   * @param slidingWindowSize how many recent calls are considered
   * @param minimumNumberOfCalls calls needed before the rate is judged
   * @param waitInOpenState how long an open circuit rejects calls (sent as {@code Retry-After})
   * @param permittedCallsInHalfOpenState trial calls after the wait
   */
  public record CircuitBreaker(
      @DefaultValue("50") float failureRateThreshold,
      @DefaultValue("20") int slidingWindowSize,
      @DefaultValue("10") int minimumNumberOfCalls,
      @DefaultValue("30s") Duration waitInOpenState,
      @DefaultValue("3") int permittedCallsInHalfOpenState) {}

  /**
   * Security headers on every response.
   *
   * @param contentSecurityPolicy for API responses: nothing may be loaded or framed
   * @param docsContentSecurityPolicy for the Swagger UI pages, which load their own scripts
   * @param docsPaths Ant-style patterns of the Swagger UI pages
   * @param hstsMaxAge {@code Strict-Transport-Security} max-age, sent on HTTPS requests only
   */
  public record Headers(
      @DefaultValue(
              "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
          String contentSecurityPolicy,
      @DefaultValue(
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src"
                  + " 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
                  + " form-action 'self'")
          String docsContentSecurityPolicy,
      @DefaultValue({"/swagger-ui.html", "/swagger-ui/**", "/webjars/**"}) List<String> docsPaths,
      @DefaultValue("365d") Duration hstsMaxAge) {}
}
