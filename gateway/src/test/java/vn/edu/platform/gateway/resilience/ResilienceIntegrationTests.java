package vn.edu.platform.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.Tokens;

class ResilienceIntegrationTests extends GatewayIntegrationTest {

  /** Generous for a loaded 2-core CI machine, and still far below "hanging". */
  private static final Duration MARGIN = Duration.ofSeconds(4);

  @AfterAll
  static void releaseHeldRequests() {
    Downstreams.ADMISSION.releaseHeld();
  }

  @Test
  void answersServiceUnavailableProblemWhenTheServiceRefusesConnections() {
    String path = uniquePath("/api/v1/student-records");
    Instant start = Instant.now();

    expectProblem(
        client.get().uri(path).header(AUTHORIZATION, Tokens.teacher()).exchange(),
        503,
        "service-unavailable",
        path);

    assertThat(Duration.between(start, Instant.now())).isLessThan(MARGIN);
  }

  @Test
  void answersTimeoutProblemWhenTheServiceDoesNotAnswerInTime() {
    String path = uniquePath("/api/v1/admissions/rounds");
    Downstreams.ADMISSION.hold(path);
    Instant start = Instant.now();

    expectProblem(
        client.get().uri(path).header(AUTHORIZATION, Tokens.teacher()).exchange(),
        504,
        "timeout",
        path);

    Duration elapsed = Duration.between(start, Instant.now());
    assertThat(elapsed)
        .isGreaterThanOrEqualTo(ADMISSION_TIMEOUT)
        .isLessThan(ADMISSION_TIMEOUT.plus(MARGIN));
    // a timed-out GET is not retried: the service may still be working on the first one
    assertThat(Downstreams.ADMISSION.requestsTo(path)).hasSize(1);
  }

  @Test
  void givesUploadsTheLongerUploadTimeout() {
    String path = uniquePath("/api/v1/admissions/imports");
    Duration slowerThanTheRouteTimeout = ADMISSION_TIMEOUT.plusMillis(500);
    Downstreams.ADMISSION.delay(path, slowerThanTheRouteTimeout);
    Instant start = Instant.now();

    client
        .post()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .bodyValue(new byte[2048])
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(Duration.between(start, Instant.now()))
        .isGreaterThanOrEqualTo(slowerThanTheRouteTimeout);
  }

  @Test
  void retriesGetAfterServiceUnavailable() {
    String path = uniquePath("/api/v1/plans");
    Downstreams.PLAN.failFirst(path, 1, 503);

    client.get().uri(path).header(AUTHORIZATION, Tokens.teacher()).exchange().expectStatus().isOk();

    assertThat(Downstreams.PLAN.requestsTo(path)).hasSize(2);
  }

  @Test
  void retriesGetAtMostTheConfiguredNumberOfTimes() {
    String path = uniquePath("/api/v1/plans");
    Downstreams.PLAN.failFirst(path, 10, 503);

    client
        .get()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .exchange()
        .expectStatus()
        .isEqualTo(503);

    // the first attempt and edu.gateway.resilience.retries (2) more
    assertThat(Downstreams.PLAN.requestsTo(path)).hasSize(3);
  }

  @Test
  void neverRetriesPostAfterServiceUnavailable() {
    String path = uniquePath("/api/v1/plans");
    Downstreams.PLAN.failFirst(path, 1, 503);

    client
        .post()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"title\":\"x\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectBody()
        // the service's own answer is passed through
        .jsonPath("$.code")
        .isEqualTo("stub-failure");

    assertThat(Downstreams.PLAN.requestsTo(path)).hasSize(1);
  }

  @Test
  void opensTheCircuitOfAFailingServiceAndSaysWhenToRetry() {
    EntityExchangeResult<byte[]> open = null;
    // sliding window and minimum calls are 4 in these tests: the circuit opens within a few calls
    for (int attempt = 0; attempt < 12 && open == null; attempt++) {
      EntityExchangeResult<byte[]> result =
          client
              .get()
              .uri("/api/v1/student-records/circuit")
              .header(AUTHORIZATION, Tokens.teacher())
              .exchange()
              .expectStatus()
              .isEqualTo(503)
              .expectBody()
              .returnResult();
      if (result.getResponseHeaders().getFirst("Retry-After") != null) {
        open = result;
      }
    }

    assertThat(open).as("a 503 with Retry-After once the circuit is open").isNotNull();
    assertThat(open.getResponseHeaders().getFirst("Retry-After")).isEqualTo("30");
    assertThat(open.getResponseHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void servesManyConcurrentSlowRequestsWithoutRejectingAny() {
    String path = uniquePath("/api/v1/plans/org-units/tree");
    Downstreams.PLAN.delay(path, Duration.ofMillis(300));
    int concurrent = 60;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(concurrent);
    try {
      var statuses =
          java.util.stream.IntStream.range(0, concurrent)
              .mapToObj(
                  i ->
                      java.util.concurrent.CompletableFuture.supplyAsync(
                          () ->
                              client
                                  .get()
                                  .uri(path)
                                  .header(AUTHORIZATION, Tokens.teacher())
                                  .exchange()
                                  .returnResult(String.class)
                                  .getStatus()
                                  .value(),
                          pool))
              .toList()
              .stream()
              .map(java.util.concurrent.CompletableFuture::join)
              .toList();

      // More calls in flight than Resilience4j's default bulkhead (25) lets through: none refused.
      assertThat(statuses).hasSize(concurrent).containsOnly(200);
    } finally {
      pool.shutdownNow();
    }
  }
}
