package vn.edu.platform.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The gateway's own log lines carry the request's trace id without automatic propagation. */
class TraceIdsTests {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @AfterEach
  void clean() {
    MDC.clear();
  }

  @Test
  void putsTheTraceIdIntoTheLoggingContextForTheLineOnly() {
    var exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/v1/org-units")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
    AtomicReference<String> seen = new AtomicReference<>();

    TraceIds.inLogContext(exchange, () -> seen.set(MDC.get("traceId")));

    assertThat(seen).hasValue(TRACE_ID);
    assertThat(MDC.get("traceId")).isNull();
  }

  @Test
  void leavesATraceIdAlreadyInTheContextAndLogsWithoutOne() {
    var withTrace =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
    var without = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
    AtomicReference<String> seen = new AtomicReference<>("unset");

    TraceIds.inLogContext(without, () -> seen.set(MDC.get("traceId")));
    assertThat(seen.get()).isNull();

    MDC.put("traceId", "11111111111111111111111111111111");
    TraceIds.inLogContext(withTrace, () -> seen.set(MDC.get("traceId")));
    assertThat(seen).hasValue("11111111111111111111111111111111");
    assertThat(MDC.get("traceId")).isEqualTo("11111111111111111111111111111111");
  }
}
