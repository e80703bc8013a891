package vn.edu.platform.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.edu.platform.test.PlatformIntegrationTest;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.security.TestTokens;

/** A real Boot application wired by the annotation alone: database, broker and token checks. */
@PlatformIntegrationTest
class PlatformIntegrationTestIntegrationTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  @Autowired Environment environment;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaTemplate<String, String> kafkaTemplate;

  @Test
  void pointsTheContextAtTheSharedServers() {
    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo(EmbeddedKafkaServer.get().bootstrapServers());
    assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
        .isEqualTo(TestTokens.issuer());
    assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
        .isEqualTo(TestTokens.jwksUri());
    assertThat(environment.getProperty("platform.security.audience")).isEqualTo("edu-api");
    assertThat(environment.getProperty("spring.datasource.url"))
        .startsWith("jdbc:postgresql://localhost:" + EmbeddedPostgresServer.get().port() + "/");
    assertThat(environment.getActiveProfiles()).containsExactly("test");
  }

  @Test
  void givesTheContextAFreshDatabaseNamedAfterTheTestClass() {
    String database = jdbc.queryForObject("SELECT current_database()", String.class);

    assertThat(database).startsWith("platformintegrationtestintegrationtests_");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Integer.class))
        .isZero();
  }

  @Test
  void acceptsPersonaTokenVerifiedAgainstTheJwksServer() throws Exception {
    HttpResponse<String> response = whoAmI(Personas.teacher(OrgTreeFixture.SCHOOL_A_PRIMARY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("gv.s311002@S311002");
  }

  @Test
  void rejectsAnonymousCaller() throws Exception {
    assertThat(whoAmI(Personas.anonymous()).statusCode()).isEqualTo(401);
  }

  @Test
  void rejectsTokenSignedWithForeignKey() throws Exception {
    String forged =
        TestTokens.user("mallory")
            .orgUnit(OrgTreeFixture.DEPARTMENT)
            .signedWithForeignKey()
            .build();

    assertThat(whoAmI(forged).statusCode()).isEqualTo(401);
  }

  @Test
  void rejectsExpiredToken() throws Exception {
    assertThat(whoAmI(TestTokens.user("gv.hoa").expired().build()).statusCode()).isEqualTo(401);
  }

  @Test
  void rejectsTokenOfAnotherIssuer() throws Exception {
    String token = TestTokens.user("gv.hoa").issuer("http://127.0.0.1:1/realms/other").build();

    assertThat(whoAmI(token).statusCode()).isEqualTo(401);
  }

  @Test
  void publishesToTheSharedBroker() throws Exception {
    String topic = "edu.sample.v1." + UUID.randomUUID();

    kafkaTemplate.send(topic, "plan-7", "{\"quota\":40}").get();
    List<ConsumerRecord<String, String>> records =
        EmbeddedKafkaServer.get().poll(topic, 1, Duration.ofSeconds(20));

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).isEqualTo("plan-7");
              assertThat(r.value()).isEqualTo("{\"quota\":40}");
            });
  }

  private HttpResponse<String> whoAmI(@Nullable String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"));
    TestTokens.authorizationHeaders(token)
        .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
