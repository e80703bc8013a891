package vn.edu.platform.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.Tokens;

/** Limits of these tests: bodies 1 KB, uploads 8 KB, public paths 3 requests then 1 a minute. */
class LimitsIntegrationTests extends GatewayIntegrationTest {

  @Test
  void rejectsBodyOverTheLimitBeforeForwardingIt() {
    String path = uniquePath("/api/v1/plans");

    Map<String, Object> problem =
        expectProblem(
            client
                .post()
                .uri(path)
                .header(AUTHORIZATION, Tokens.teacher())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[2048])
                .exchange(),
            413,
            "payload-too-large",
            path);

    assertThat((String) problem.get("detail")).contains("1 KB");
    assertThat(Downstreams.PLAN.requestsTo(path)).isEmpty();
  }

  @Test
  void rejectsChunkedBodyThatGrowsOverTheLimit() {
    String path = uniquePath("/api/v1/plans");
    Flux<DataBuffer> chunks =
        Flux.range(0, 4).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[512]));

    expectProblem(
        client
            .post()
            .uri(path)
            .header(AUTHORIZATION, Tokens.teacher())
            .contentType(MediaType.APPLICATION_JSON)
            .body(BodyInserters.fromDataBuffers(chunks))
            .exchange(),
        413,
        "payload-too-large",
        path);
  }

  @Test
  void acceptsLargerBodiesOnUploadPaths() {
    String path = uniquePath("/api/v1/plans/imports");

    client
        .post()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .bodyValue(new byte[4096])
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(Downstreams.PLAN.onlyRequestTo(path).bodyBytes()).isEqualTo(4096);
  }

  @Test
  void rejectsUploadOverTheUploadLimit() {
    String path = uniquePath("/api/v1/plans/imports");

    Map<String, Object> problem =
        expectProblem(
            client
                .post()
                .uri(path)
                .header(AUTHORIZATION, Tokens.teacher())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[9 * 1024])
                .exchange(),
            413,
            "payload-too-large",
            path);

    assertThat((String) problem.get("detail")).contains("8 KB");
  }

  @Test
  void limitsPublicRequestsPerClientAddressWithRetryAfter() {
    String client1 = newClientAddress();
    String path = "/public/v1/diplomas/verify/QD-2026-000123";
    for (int i = 0; i < PUBLIC_BURST; i++) {
      client.get().uri(path).header("X-Forwarded-For", client1).exchange().expectStatus().isOk();
    }

    var limited = client.get().uri(path).header("X-Forwarded-For", client1).exchange();

    Map<String, Object> problem = expectProblem(limited, 429, "rate-limited", path);
    limited
        .expectHeader()
        .value(
            "Retry-After", retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L));
    assertThat((String) problem.get("detail")).containsPattern("\\d+");
    // another client is not affected
    client
        .get()
        .uri(path)
        .header("X-Forwarded-For", newClientAddress())
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void doesNotLimitAuthenticatedApiCallsUnlessConfigured() {
    String path = uniquePath("/api/v1/plans");
    for (int i = 0; i < PUBLIC_BURST * 2; i++) {
      client
          .get()
          .uri(path)
          .header(AUTHORIZATION, Tokens.teacher())
          .exchange()
          .expectStatus()
          .isOk();
    }
  }
}
