package vn.edu.platform.gateway.correlation;

import io.micrometer.common.KeyValue;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the caller's, when it is a plausible id, or a new
 * UUID. The services receive it, the caller gets it back on every response (errors included), and
 * the server span carries it as {@code http.request.id} so a support desk can go from a user's id
 * to the trace.
 */
public final class RequestIdFilter implements WebFilter, Ordered {

  public static final String HEADER = "X-Request-Id";

  /** Exchange attribute holding the request id. */
  public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

  /** Runs first, so that even a request rejected by another filter gets its id back. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  // A bounded, header- and log-safe alphabet: UUIDs, ULIDs and most tracing ids fit
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:+=/-]{1,128}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
    String requestId =
        offered != null && ACCEPTABLE.matcher(offered).matches()
            ? offered
            : UUID.randomUUID().toString();
    exchange.getAttributes().put(ATTRIBUTE, requestId);
    ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .ifPresent(
            context ->
                context.addHighCardinalityKeyValue(KeyValue.of("http.request.id", requestId)));
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              exchange.getResponse().getHeaders().set(HEADER, requestId);
              return Mono.empty();
            });
    ServerHttpRequest request =
        exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId)).build();
    return chain.filter(exchange.mutate().request(request).build());
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
