package vn.edu.platform.gateway.problem;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.correlation.TraceIds;
import vn.edu.platform.gateway.limits.RequestBodyTooLargeException;

/**
 * Turns every error that reaches WebFlux into a problem: unknown paths (404), unsupported methods
 * (405), a service that refuses connections or whose circuit is open (503), a service that does not
 * answer in time (504), a body that grows past its limit while streaming (413), and anything
 * unexpected (500, logged with its stack trace, answered without it). Runs before Spring Boot's
 * default handler, so neither a whitelabel page nor Boot's JSON error shape can leak out.
 *
 * <p>Logs name the route and method, never the path or query (they can carry personal identifiers)
 * and never headers or bodies.
 */
public final class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

  /** Before Spring Boot's {@code DefaultErrorWebExceptionHandler} ({@code -1}). */
  public static final int ORDER = -2;

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

  private final ProblemResponder responder;
  private final Duration circuitOpenRetryAfter;

  public ProblemErrorWebExceptionHandler(
      ProblemResponder responder, Duration circuitOpenRetryAfter) {
    this.responder = responder;
    this.circuitOpenRetryAfter = circuitOpenRetryAfter;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    GatewayProblem problem = problemFor(exchange, error);
    return responder.respond(exchange, problem);
  }

  private GatewayProblem problemFor(ServerWebExchange exchange, Throwable error) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    RequestBodyTooLargeException tooLarge = find(error, RequestBodyTooLargeException.class);
    if (tooLarge != null) {
      return GatewayProblem.of(
              HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.limitText())
          .withDetailVariant("limit");
    }
    if (error instanceof ServiceUnavailableException
        || find(error, CallNotPermittedException.class) != null) {
      // the route's circuit is open: the service was not called at all
      logDownstreamFailure(exchange, "circuit open", error);
      headers.set(
          HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, circuitOpenRetryAfter.toSeconds())));
      return GatewayProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
    }
    if (error instanceof MethodNotAllowedException notAllowed) {
      headers.setAllow(notAllowed.getSupportedMethods());
      return GatewayProblem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
    }
    if (error instanceof ResponseStatusException statusError) {
      return forStatus(exchange, statusError);
    }
    if (error instanceof AuthenticationServiceException) {
      // the token could not be checked at all (Keycloak's key set unreachable): not the caller's
      // fault, and a 401 would only send users to log in again
      logDownstreamFailure(exchange, "token check failed", error);
      return GatewayProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
    }
    if (error instanceof AuthenticationException) {
      return GatewayProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated");
    }
    if (error instanceof AccessDeniedException) {
      return GatewayProblem.of(HttpStatus.FORBIDDEN, "forbidden");
    }
    if (find(error, TimeoutException.class) != null
        || find(error, org.springframework.cloud.gateway.support.TimeoutException.class) != null) {
      logDownstreamFailure(exchange, "timed out", error);
      return GatewayProblem.of(HttpStatus.GATEWAY_TIMEOUT, "timeout");
    }
    if (find(error, ConnectException.class) != null
        || find(error, UnknownHostException.class) != null
        || find(error, IOException.class) != null) {
      logDownstreamFailure(exchange, "unreachable", error);
      return GatewayProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
    }
    TraceIds.inLogContext(
        exchange,
        () ->
            log.error(
                "Unexpected error on {} (route {})",
                exchange.getRequest().getMethod(),
                routeId(exchange),
                error));
    return GatewayProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
  }

  private GatewayProblem forStatus(ServerWebExchange exchange, ResponseStatusException error) {
    HttpStatusCode status = error.getStatusCode();
    error
        .getHeaders()
        .forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
    String code =
        switch (status.value()) {
          case 400 -> "bad-request";
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          case 429 -> "rate-limited";
          case 502, 503 -> "service-unavailable";
          case 504 -> "timeout";
          default -> status.is4xxClientError() ? "bad-request" : "internal-error";
        };
    if (status.is5xxServerError()) {
      if ("internal-error".equals(code)) {
        TraceIds.inLogContext(
            exchange,
            () ->
                log.error(
                    "Error status {} on {} (route {})",
                    status.value(),
                    exchange.getRequest().getMethod(),
                    routeId(exchange),
                    error));
      } else {
        logDownstreamFailure(exchange, code, error);
      }
    }
    return GatewayProblem.of(status, code);
  }

  private static void logDownstreamFailure(
      ServerWebExchange exchange, String what, Throwable error) {
    TraceIds.inLogContext(
        exchange,
        () ->
            log.warn(
                "Service call {} on {} (route {}): {}",
                what,
                exchange.getRequest().getMethod(),
                routeId(exchange),
                rootCause(error).getClass().getName()));
  }

  private static String routeId(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route != null ? route.getId() : "none";
  }

  private static Throwable rootCause(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }

  private static <T extends Throwable> @Nullable T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
