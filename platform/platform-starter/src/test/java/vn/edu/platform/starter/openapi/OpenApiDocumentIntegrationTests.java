package vn.edu.platform.starter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.openapi.OpenApiContract;

/**
 * Every service's OpenAPI document carries the platform's defaults, and is a committed contract
 * (here the test application's, as each service does with its own).
 */
class OpenApiDocumentIntegrationTests extends StarterIntegrationTest {

  private JsonNode document() {
    Reply reply = http.get("/api/v1/test/v3/api-docs").send();
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void isServedWithoutTokenUnderTheServiceBasePath() {
    assertThat(document().get("openapi").asString()).startsWith("3.");
  }

  @Test
  void declaresBearerJwtSecurityAndTheGatewayAsServer() {
    JsonNode doc = document();

    assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString())
        .isEqualTo("bearer");
    assertThat(doc.at("/servers/0/url").asString()).isEqualTo("http://localhost:8080");
  }

  @Test
  void documentsProblemResponsesWithExamplesOnEveryOperation() {
    JsonNode post = document().at("/paths/~1api~1v1~1test~1notes/post");

    assertThat(post.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(post.at("/responses/422/content/application~1problem+json/examples").isEmpty())
        .isFalse();
    assertThat(post.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
    assertThat(document().at("/components/schemas/Problem/properties/code/example").asString())
        .isEqualTo("validation-failed");
  }

  @Test
  void matchesTheCommittedContract() {
    OpenApiContract.verify(
        http.get("/api/v1/test/v3/api-docs").send().text(),
        Path.of("src/test/openapi/openapi.json"));
  }
}
