package vn.edu.platform.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.StubService.RecordedRequest;
import vn.edu.platform.gateway.support.Tokens;

class CorrelationIntegrationTests extends GatewayIntegrationTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";
  private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01";
  private static final String W3C_TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

  @Test
  void passesTheCallersRequestIdToTheServiceAndEchoesIt() {
    String path = uniquePath("/api/v1/plans");
    String requestId = "f2b4c1de-0b6a-4d8e-9c3a-8e2f4b7a1c55";

    client
        .get()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .header("X-Request-Id", requestId)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("X-Request-Id", requestId);

    assertThat(Downstreams.PLAN.onlyRequestTo(path).header("X-Request-Id")).isEqualTo(requestId);
  }

  @Test
  void createsARequestIdWhenTheCallerSentNone() {
    String path = uniquePath("/api/v1/plans");

    String returned =
        client
            .get()
            .uri(path)
            .header(AUTHORIZATION, Tokens.teacher())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseHeaders()
            .getFirst("X-Request-Id");

    assertThat(UUID.fromString(returned)).isNotNull();
    assertThat(Downstreams.PLAN.onlyRequestTo(path).header("X-Request-Id")).isEqualTo(returned);
  }

  @Test
  void replacesARequestIdThatCouldPolluteLogs() {
    String returned =
        client
            .get()
            .uri("/nowhere")
            .header("X-Request-Id", "x".repeat(300))
            .exchange()
            .expectStatus()
            .isNotFound()
            .returnResult(String.class)
            .getResponseHeaders()
            .getFirst("X-Request-Id");

    assertThat(UUID.fromString(returned)).isNotNull();
  }

  @Test
  void returnsTheRequestIdOnRejections() {
    client
        .get()
        .uri("/api/v1/plans")
        .header("X-Request-Id", "req-401")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals("X-Request-Id", "req-401");
  }

  @Test
  void continuesTheCallersTraceTowardsTheService() {
    String path = uniquePath("/api/v1/plans");

    client
        .get()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .header("traceparent", TRACEPARENT)
        .exchange()
        .expectStatus()
        .isOk();

    RecordedRequest received = Downstreams.PLAN.onlyRequestTo(path);
    assertThat(received.header("traceparent"))
        .matches(W3C_TRACEPARENT)
        .startsWith("00-" + TRACE_ID + "-")
        .doesNotContain(CALLER_SPAN_ID);
  }

  @Test
  void startsATraceWhenTheCallerHasNone() {
    String path = uniquePath("/public/v1/admissions/results");

    client
        .get()
        .uri(path)
        .header("X-Forwarded-For", newClientAddress())
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(Downstreams.ADMISSION.onlyRequestTo(path).header("traceparent"))
        .matches(W3C_TRACEPARENT);
  }

  @Test
  void quotesTheTraceIdInProblems() {
    Map<String, Object> problem =
        expectProblem(
            client.get().uri("/api/v1/plans").header("traceparent", TRACEPARENT).exchange(),
            401,
            "unauthenticated",
            "/api/v1/plans");

    assertThat(problem.get("traceId")).isEqualTo(TRACE_ID);
  }
}
