package vn.edu.platform.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.edu.platform.gateway.config.DownstreamService;
import vn.edu.platform.gateway.config.GatewayProperties;
import vn.edu.platform.gateway.config.GatewayProperties.Downstream;
import vn.edu.platform.gateway.config.GatewayProperties.Resilience;
import vn.edu.platform.gateway.config.UploadPaths;

/**
 * The routes, built from {@code edu.gateway.services}: each configured service gets three, all
 * forwarding the path unchanged to its base URL and sharing one circuit breaker named after the
 * service.
 *
 * <ol>
 *   <li>{@code <service>-read}: GET, HEAD and OPTIONS, retried on connection failures and 503
 *       (these methods are idempotent, so a second attempt cannot change data twice);
 *   <li>{@code <service>-upload}: other methods on upload paths, with the longer upload timeout;
 *   <li>{@code <service>-write}: everything else, never retried.
 * </ol>
 *
 * Splitting reads from writes also keeps request bodies out of memory: Spring Cloud Gateway caches
 * the body of every request on a route that has a retry filter, so that it can be sent again.
 *
 * <p>The timeout is the route's {@code response-timeout}: the longest wait for the response
 * headers, measured from sending the request, answered with 504. A response body that streams for
 * longer is not cut. Resilience4j's own time limiter is switched off ({@code
 * spring.cloud.circuitbreaker.resilience4j.disable-time-limiter}) for that reason. No fallback URI
 * either: it would make the gateway cache every request body, and the problem responses come from
 * the gateway's error handler instead.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutesConfiguration {

  @Bean
  RouteLocator serviceRoutes(
      RouteLocatorBuilder builder,
      GatewayProperties properties,
      ReactiveResilience4JCircuitBreakerFactory circuitBreakers) {
    RouteLocatorBuilder.Builder routes = builder.routes();
    UploadPaths uploadPaths = new UploadPaths(properties.requestSize().uploadPaths());
    Resilience resilience = properties.resilience();
    for (DownstreamService service : DownstreamService.values()) {
      properties
          .service(service)
          .ifPresent(
              downstream -> {
                registerCircuitBreaker(circuitBreakers, service, resilience);
                addRoutes(routes, service, downstream, resilience, uploadPaths);
              });
    }
    return routes.build();
  }

  private static void addRoutes(
      RouteLocatorBuilder.Builder routes,
      DownstreamService service,
      Downstream downstream,
      Resilience resilience,
      UploadPaths uploadPaths) {
    URI uri = Objects.requireNonNull(downstream.url());
    String[] paths = service.pathPatterns().toArray(String[]::new);
    Duration responseTimeout =
        downstream.responseTimeout() != null
            ? downstream.responseTimeout()
            : resilience.responseTimeout();
    routes.route(
        service.key() + "-read",
        route ->
            route
                .order(0)
                .path(paths)
                .and()
                .method(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)
                .filters(filters -> readFilters(filters, service, resilience))
                .metadata(timeouts(responseTimeout, resilience))
                .uri(uri));
    routes.route(
        service.key() + "-upload",
        route ->
            route
                .order(1)
                .path(paths)
                .and()
                .predicate(exchange -> uploadPaths.matches(exchange.getRequest().getPath().value()))
                .filters(filters -> filters.circuitBreaker(cb -> cb.setName(service.key())))
                .metadata(timeouts(resilience.uploadTimeout(), resilience))
                .uri(uri));
    routes.route(
        service.key() + "-write",
        route ->
            route
                .order(2)
                .path(paths)
                .filters(filters -> filters.circuitBreaker(cb -> cb.setName(service.key())))
                .metadata(timeouts(responseTimeout, resilience))
                .uri(uri));
  }

  private static GatewayFilterSpec readFilters(
      GatewayFilterSpec filters, DownstreamService service, Resilience resilience) {
    // the circuit breaker wraps the retries: one call that needed retries counts once
    GatewayFilterSpec spec = filters.circuitBreaker(cb -> cb.setName(service.key()));
    if (resilience.retries() > 0) {
      spec = spec.retry(retry -> idempotentRetry(retry, resilience));
    }
    return spec;
  }

  static void idempotentRetry(RetryConfig retry, Resilience resilience) {
    Duration first = resilience.retryBackoff();
    retry
        .setRetries(resilience.retries())
        .setMethods(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)
        .setStatuses(HttpStatus.SERVICE_UNAVAILABLE)
        .setSeries()
        // connection refused or connect timeout: the request never reached the service
        .setExceptions(ConnectException.class)
        .setBackoff(first, first.multipliedBy(8), 2, false);
  }

  private static Map<String, Object> timeouts(Duration responseTimeout, Resilience resilience) {
    return Map.of(
        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
        responseTimeout.toMillis(),
        RouteMetadataUtils.CONNECT_TIMEOUT_ATTR,
        Math.toIntExact(resilience.connectTimeout().toMillis()));
  }

  private static void registerCircuitBreaker(
      ReactiveResilience4JCircuitBreakerFactory factory,
      DownstreamService service,
      Resilience resilience) {
    GatewayProperties.CircuitBreaker settings = resilience.circuitBreaker();
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindowType(SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(settings.slidingWindowSize())
            .minimumNumberOfCalls(settings.minimumNumberOfCalls())
            .failureRateThreshold(settings.failureRateThreshold())
            .waitDurationInOpenState(settings.waitInOpenState())
            .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
            .build();
    factory.getCircuitBreakerRegistry().addConfiguration(service.key(), config);
    // disabled (see class comment); registered only so that the factory finds a configuration
    factory
        .getTimeLimiterRegistry()
        .addConfiguration(
            service.key(),
            TimeLimiterConfig.custom().timeoutDuration(resilience.uploadTimeout()).build());
  }
}
