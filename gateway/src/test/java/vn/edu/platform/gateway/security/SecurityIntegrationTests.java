package vn.edu.platform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static vn.edu.platform.gateway.support.Problems.expectProblem;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.platform.gateway.support.Downstreams;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;
import vn.edu.platform.gateway.support.Tokens;
import vn.edu.platform.test.security.KeycloakNames;
import vn.edu.platform.test.security.TestTokens;

class SecurityIntegrationTests extends GatewayIntegrationTest {

  @Test
  void rejectsApiRequestWithoutTokenWithUnauthenticatedProblem() {
    String path = uniquePath("/api/v1/plans");

    var response = client.get().uri(path).exchange();

    expectProblem(response, 401, "unauthenticated", path);
    response.expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    assertThat(Downstreams.PLAN.requestsTo(path)).isEmpty();
  }

  static Stream<Arguments> rejectedTokens() {
    return Stream.of(
        Arguments.of(
            "valid signature but no edu-api audience",
            TestTokens.user("gv.hoa")
                .realmRoles(KeycloakNames.TEACHER)
                .audience("account")
                .build()),
        Arguments.of(
            "no audience at all",
            TestTokens.user("gv.hoa").realmRoles(KeycloakNames.TEACHER).audience().build()),
        Arguments.of("expired", TestTokens.user("gv.hoa").expired().build()),
        Arguments.of("forged signature", TestTokens.user("gv.hoa").signedWithForeignKey().build()),
        Arguments.of(
            "another realm's issuer",
            TestTokens.user("gv.hoa").issuer("http://127.0.0.1:1/realms/other").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedTokens")
  void rejectsInvalidTokenWithUnauthenticatedProblem(String why, String token) {
    String path = uniquePath("/api/v1/plans");

    var response =
        client.get().uri(path).header(AUTHORIZATION, TestTokens.bearer(token)).exchange();

    expectProblem(response, 401, "unauthenticated", path);
    response.expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    assertThat(Downstreams.PLAN.requestsTo(path)).isEmpty();
  }

  @Test
  void servesHealthProbesAndMetricsWithoutToken() {
    client
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    client
        .get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
  }

  @Test
  void addsSecurityHeadersToForwardedResponses() {
    client
        .get()
        .uri(uniquePath("/api/v1/plans"))
        .header(AUTHORIZATION, Tokens.teacher())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer")
        .expectHeader()
        .value("Content-Security-Policy", csp -> assertThat(csp).startsWith("default-src 'none'"))
        .expectHeader()
        .doesNotExist("Strict-Transport-Security");
  }

  @Test
  void addsSecurityHeadersToRejections() {
    client
        .get()
        .uri("/api/v1/plans")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .exists("Content-Security-Policy");
  }

  @Test
  void sendsStrictTransportSecurityWhenTheClientUsedHttpsThroughATrustedProxy() {
    client
        .get()
        .uri(uniquePath("/public/v1/diplomas"))
        .header("X-Forwarded-For", newClientAddress())
        .header("X-Forwarded-Proto", "https")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
}
