package vn.edu.platform.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import org.junit.jupiter.api.Test;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.Tokens;

class CorsIntegrationTests extends GatewayIntegrationTest {

  @Test
  void answersPreflightFromTheFrontendOriginWithoutForwardingIt() {
    String path = uniquePath("/api/v1/plans");

    client
        .options()
        .uri(path)
        .header("Origin", FRONTEND_ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "authorization, content-type, idempotency-key, traceparent")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", FRONTEND_ORIGIN)
        .expectHeader()
        .value(
            "Access-Control-Allow-Methods",
            methods -> assertThat(methods).contains("POST", "PATCH", "DELETE"))
        .expectHeader()
        .value(
            "Access-Control-Allow-Headers",
            headers ->
                assertThat(headers.toLowerCase())
                    .contains("authorization", "content-type", "idempotency-key", "traceparent"))
        .expectHeader()
        .valueEquals("Access-Control-Max-Age", "1800")
        .expectHeader()
        .doesNotExist("Access-Control-Allow-Credentials");

    assertThat(Downstreams.PLAN.requestsTo(path)).isEmpty();
  }

  @Test
  void rejectsPreflightFromAnotherOriginWithForbiddenProblem() {
    String path = uniquePath("/api/v1/plans");

    var response =
        client
            .options()
            .uri(path)
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .exchange();

    expectProblem(response, 403, "forbidden", path);
    response.expectHeader().doesNotExist("Access-Control-Allow-Origin");
  }

  @Test
  void rejectsPreflightAskingForAHeaderThatIsNotAllowed() {
    client
        .options()
        .uri("/api/v1/plans")
        .header("Origin", FRONTEND_ORIGIN)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-internal-debug")
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void exposesTheHeadersTheFrontendReadsOnActualRequests() {
    client
        .get()
        .uri(uniquePath("/api/v1/plans"))
        .header("Origin", FRONTEND_ORIGIN)
        .header(AUTHORIZATION, Tokens.teacher())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", FRONTEND_ORIGIN)
        .expectHeader()
        .value(
            "Access-Control-Expose-Headers",
            exposed ->
                assertThat(exposed)
                    .contains(
                        "Location", "ETag", "X-Request-Id", "Retry-After", "Idempotent-Replayed"));
  }
}
