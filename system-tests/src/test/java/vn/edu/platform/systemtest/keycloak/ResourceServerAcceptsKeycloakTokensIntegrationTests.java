package vn.edu.platform.systemtest.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.systemtest.keycloak.probe.ProbeApplication;
import vn.edu.platform.test.PlatformIntegrationTest;

/**
 * A resource server built from the platform starter, validating tokens of the real Keycloak
 * (issuer, RS256 signature from the realm's JWKS, required {@code edu-api} audience) and mapping
 * its roles and {@code org_unit} claim. The starter's own tests use a Keycloak-shaped token
 * factory; this proves the real realm matches it.
 *
 * <p>The context closes right after this class ({@link DirtiesContext}) rather than in the JVM's
 * shutdown hooks, where it would race the embedded PostgreSQL's own hook and wait out Hikari's
 * 30-second connection timeout.
 */
@DirtiesContext
@PlatformIntegrationTest(
    classes = ProbeApplication.class,
    properties = {
      "platform.service.name=keycloak-probe",
      "platform.service.api-base-path=/api/v1/probe"
    })
class ResourceServerAcceptsKeycloakTokensIntegrationTests {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  /** Points the starter at the real Keycloak instead of the test kit's token factory. */
  @DynamicPropertySource
  static void realKeycloak(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", EduKeycloak::issuer);
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        () -> EduKeycloak.get().jwksUri(EduRealm.NAME));
  }

  @Test
  void answersTeacherWithTheUnitOfItsToken() {
    HttpResponse<String> reply = getMyUnit(userToken("gv.s311002"));

    assertThat(reply.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(reply.body());
    assertThat(body.path("orgUnit").asString()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(body.path("clientId").asString()).isEqualTo(EduRealm.LOCAL_LOGIN_CLIENT);
    assertThat(body.path("serviceAccount").asBoolean()).isFalse();
  }

  @Test
  void letsPrincipalInThroughTheCompositeTeacherRole() {
    assertThat(getMyUnit(userToken("ht.s311002")).statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsRequestWithoutTokenAsUnauthenticated() {
    HttpResponse<String> reply = getMyUnit(null);

    assertThat(reply.statusCode()).isEqualTo(401);
    assertThat(reply.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void rejectsTokenWithoutTheApiAudienceAsUnauthenticated() {
    String token = EduRealm.serviceLogin(EduKeycloak.get(), "edu-no-audience").accessToken();

    assertThat(getMyUnit(token).statusCode()).isEqualTo(401);
  }

  @Test
  void forbidsValidTokenWithoutTheTeacherRole() {
    assertThat(getMyUnit(userToken("congdan.demo")).statusCode()).isEqualTo(403);
    String schoolSoftware =
        EduRealm.serviceLogin(EduKeycloak.get(), "school-s311002-sis").accessToken();
    assertThat(getMyUnit(schoolSoftware).statusCode()).isEqualTo(403);
  }

  private static String userToken(String username) {
    return EduRealm.demoLogin(EduKeycloak.get(), username).accessToken();
  }

  private HttpResponse<String> getMyUnit(String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/probe/my-unit"))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
