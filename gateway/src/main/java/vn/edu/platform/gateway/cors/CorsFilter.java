package vn.edu.platform.gateway.cors;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.config.GatewayProperties.Cors;
import vn.edu.platform.gateway.problem.GatewayProblem;
import vn.edu.platform.gateway.problem.ProblemResponder;

/**
 * CORS for the browser frontends, decided once at the edge for every service. A preflight from an
 * allowed origin is answered here (200, never forwarded, never authenticated); a cross-origin
 * request from any other origin gets a 403 problem. Unlike Spring's {@code CorsWebFilter}, the
 * rejection has a body, like every other error of the platform.
 */
public final class CorsFilter implements WebFilter, Ordered {

  /** After the request id and security headers, before size limits and authentication. */
  public static final int ORDER = -200;

  static final List<String> ALLOWED_HEADERS =
      List.of(
          "Authorization",
          "Content-Type",
          "Idempotency-Key",
          "If-Match",
          "Accept-Language",
          "X-Request-Id",
          "traceparent");

  static final List<String> EXPOSED_HEADERS =
      List.of("Location", "ETag", "X-Request-Id", "Retry-After", "Idempotent-Replayed");

  static final List<HttpMethod> ALLOWED_METHODS =
      List.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS);

  private final CorsConfiguration configuration;
  private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
  private final ProblemResponder problems;

  public CorsFilter(Cors settings, ProblemResponder problems) {
    this.configuration = configuration(settings);
    this.problems = problems;
  }

  static CorsConfiguration configuration(Cors settings) {
    CorsConfiguration configuration = new CorsConfiguration();
    configuration.setAllowedOrigins(settings.allowedOrigins());
    configuration.setAllowedMethods(ALLOWED_METHODS.stream().map(HttpMethod::name).toList());
    configuration.setAllowedHeaders(ALLOWED_HEADERS);
    configuration.setExposedHeaders(EXPOSED_HEADERS);
    // tokens travel in the Authorization header, never in cookies
    configuration.setAllowCredentials(false);
    configuration.setMaxAge(settings.maxAge());
    return configuration;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
      return chain.filter(exchange);
    }
    if (!processor.process(configuration, exchange)) {
      return problems.respond(
          exchange, GatewayProblem.of(HttpStatus.FORBIDDEN, "forbidden").withDetailVariant("cors"));
    }
    if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
      return exchange.getResponse().setComplete();
    }
    return chain.filter(exchange);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
