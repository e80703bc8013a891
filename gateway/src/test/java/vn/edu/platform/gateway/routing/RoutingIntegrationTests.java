package vn.edu.platform.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.StubService.RecordedRequest;
import vn.edu.platform.gateway.support.Tokens;

class RoutingIntegrationTests extends GatewayIntegrationTest {

  @Test
  void forwardsApiRequestWithPathQueryAndTokenUnchanged() {
    String path = uniquePath("/api/v1/plans/targets");
    String authorization = Tokens.teacher();

    client
        .get()
        .uri(path + "?year=2026&page=0")
        .header(AUTHORIZATION, authorization)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("plan-service");

    RecordedRequest received = Downstreams.PLAN.onlyRequestTo(path);
    assertThat(received.method()).isEqualTo("GET");
    assertThat(received.query()).isEqualTo("year=2026&page=0");
    assertThat(received.header(AUTHORIZATION)).isEqualTo(authorization);
  }

  @Test
  void forwardsTheProvinceOrgDirectoryToPlanService() {
    String tree = uniquePath("/api/v1/org-units/tree");
    String collection = "/api/v1/org-units";

    for (String path : new String[] {tree, collection}) {
      client
          .get()
          .uri(path + "?asOf=2026-01-01")
          .header(AUTHORIZATION, Tokens.teacher())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.service")
          .isEqualTo("plan-service");
    }

    assertThat(Downstreams.PLAN.onlyRequestTo(tree).query()).isEqualTo("asOf=2026-01-01");
  }

  @Test
  void forwardsTheProvincesRegisterOfSignersToPlanService() {
    String certificate = uniquePath("/api/v1/signer-certificates");
    String requests = uniquePath("/api/v1/signer-certificate-requests");
    String delegations = uniquePath("/api/v1/signing-delegations");

    for (String path : new String[] {certificate, requests, delegations}) {
      client
          .get()
          .uri(path)
          .header(AUTHORIZATION, Tokens.teacher())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.service")
          .isEqualTo("plan-service");
      assertThat(Downstreams.PLAN.onlyRequestTo(path).method()).isEqualTo("GET");
    }
    client
        .post()
        .uri("/api/v1/signing-authorisations/check")
        .header(AUTHORIZATION, Tokens.teacher())
        .header("Idempotency-Key", "7c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"unitCode\":\"S311002\"}")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("plan-service");
  }

  @Test
  void forwardsWriteRequestWithItsBody() {
    String path = uniquePath("/api/v1/plans");
    String json = "{\"title\":\"Kế hoạch năm học 2026-2027\"}";

    client
        .post()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        .header("Idempotency-Key", "5b0f7f3e-4a52-4d0a-9a55-1f1b3c6c2f10")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange()
        .expectStatus()
        .isOk();

    RecordedRequest received = Downstreams.PLAN.onlyRequestTo(path);
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.bodyBytes()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
    assertThat(received.header("Idempotency-Key"))
        .isEqualTo("5b0f7f3e-4a52-4d0a-9a55-1f1b3c6c2f10");
  }

  @Test
  void forwardsPublicPathWithoutToken() {
    String path = uniquePath("/public/v1/diplomas/verify");

    client
        .get()
        .uri(path)
        .header("X-Forwarded-For", newClientAddress())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("diploma-service");

    assertThat(Downstreams.DIPLOMA.onlyRequestTo(path).header(AUTHORIZATION)).isNull();
  }

  @Test
  void routesTheStudentRecordsPublicVerificationWithoutToken() {
    // the stub of student-record-service refuses connections: a 503 says the request was routed
    // there without a token, where an unrouted path is a 404 and an unauthenticated API path a 401
    String path = uniquePath("/public/v1/student-records/verifications");

    expectProblem(
        client.get().uri(path).header("X-Forwarded-For", newClientAddress()).exchange(),
        503,
        "service-unavailable",
        path);
  }

  @Test
  void forwardsServiceOpenApiDocumentWithoutToken() {
    client
        .get()
        .uri("/api/v1/admissions/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("admission-service");
  }

  @Test
  void tellsTheServiceTheClientAddressAndNotTheForgedChain() {
    String path = uniquePath("/api/v1/plans/audit");

    client
        .get()
        .uri(path)
        .header(AUTHORIZATION, Tokens.teacher())
        // the client wrote the first entry itself; the trusted proxy (127.0.0.1) added the second
        .header("X-Forwarded-For", "198.51.100.66, 203.0.113.80")
        .header("Forwarded", "for=192.0.2.1")
        .exchange()
        .expectStatus()
        .isOk();

    RecordedRequest received = Downstreams.PLAN.onlyRequestTo(path);
    assertThat(received.header("X-Forwarded-For")).isEqualTo("203.0.113.80");
    assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
    assertThat(received.header("Forwarded")).isNull();
  }

  @Test
  void answersUnknownPathWithNotFoundProblem() {
    expectProblem(
        client.get().uri("/nowhere/at/all").exchange(), 404, "not-found", "/nowhere/at/all");
  }

  @Test
  void answersUnknownApiPathOfAnAuthenticatedCallerWithNotFoundProblem() {
    expectProblem(
        client
            .get()
            .uri("/api/v1/unknown/things")
            .header(AUTHORIZATION, Tokens.teacher())
            .exchange(),
        404,
        "not-found",
        "/api/v1/unknown/things");
  }

  @Test
  void givesAServiceWithoutConfiguredUrlNoRoute() {
    expectProblem(
        client
            .get()
            .uri("/api/v1/reports/enrolment")
            .header(AUTHORIZATION, Tokens.teacher())
            .exchange(),
        404,
        "not-found",
        "/api/v1/reports/enrolment");
  }

  @Test
  void titlesProblemsInVietnameseByDefaultAndInEnglishOnRequest() {
    var vietnamese =
        expectProblem(client.get().uri("/nowhere").exchange(), 404, "not-found", "/nowhere");
    var english =
        expectProblem(
            client
                .get()
                .uri("/nowhere")
                .header("Accept-Language", "en-US,en;q=0.9,vi;q=0.5")
                .exchange(),
            404,
            "not-found",
            "/nowhere");

    assertThat(vietnamese.get("title")).isEqualTo("Không tìm thấy");
    assertThat(english.get("title")).isEqualTo("Not found");
  }

  @Test
  void answersUnsupportedMethodOnGatewayEndpointWithProblemAndAllow() {
    var response = client.post().uri("/actuator/health").exchange();

    expectProblem(response, 405, "method-not-allowed", "/actuator/health");
    response.expectHeader().value("Allow", allow -> assertThat(allow).contains("GET"));
  }
}
