package vn.edu.platform.gateway.correlation;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The W3C trace id of the request being handled, for the {@code traceId} of problem bodies: the
 * span of the server observation when tracing is on, otherwise the trace id of an incoming {@code
 * traceparent}.
 */
public final class TraceIds {

  private static final Pattern TRACEPARENT =
      Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
  private static final String INVALID_TRACE_ID = "0".repeat(32);
  private static final String MDC_TRACE_ID = "traceId";

  private TraceIds() {}

  public static Optional<String> current(ServerWebExchange exchange) {
    Optional<String> fromSpan =
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
            .map(context -> context.<TracingContext>get(TracingContext.class))
            .map(TracingContext::getSpan)
            .map(Span::context)
            .map(spanContext -> spanContext.traceId());
    Optional<String> valid = fromSpan.filter(TraceIds::isValid);
    if (valid.isPresent()) {
      return valid;
    }
    String traceparent = exchange.getRequest().getHeaders().getFirst("traceparent");
    if (traceparent != null) {
      Matcher matcher = TRACEPARENT.matcher(traceparent.trim());
      if (matcher.matches() && isValid(matcher.group(1))) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code logging} with the request's trace id as {@code traceId} in the logging context. The
   * gateway runs with {@code spring.reactor.context-propagation=limited} (restoring thread locals
   * on every operator was a tenth of its CPU), so its own log lines, written on Netty's threads,
   * get the trace id here rather than from automatic propagation.
   */
  public static void inLogContext(ServerWebExchange exchange, Runnable logging) {
    Optional<String> traceId = current(exchange);
    if (traceId.isEmpty() || MDC.get(MDC_TRACE_ID) != null) {
      logging.run();
      return;
    }
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_TRACE_ID, traceId.get())) {
      logging.run();
    }
  }

  private static boolean isValid(String traceId) {
    return traceId.length() == 32 && !traceId.equals(INVALID_TRACE_ID);
  }
}
