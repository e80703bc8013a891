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
  void requiresIdempotencyKeyWhereTheFilterDoesAndDocuments429Everywhere() {
    JsonNode doc = document();
    JsonNode post = doc.at("/paths/~1api~1v1~1test~1notes/post");
    JsonNode upload = doc.at("/paths/~1api~1v1~1test~1imports~1{type}/post");

    assertThat(idempotencyKey(post).path("required").asBoolean()).isTrue();
    assertThat(idempotencyKey(upload).path("required").asBoolean()).isFalse();
    assertThat(post.at("/responses/429/headers/Retry-After/required").asBoolean()).isTrue();
    assertThat(doc.at("/paths/~1public~1v1~1test~1ping/get/responses/429").isMissingNode())
        .isFalse();
  }

  @Test
  void marksOnlyPublicEndpointsAsNeedingNoToken() {
    JsonNode doc = document();

    assertThat(doc.at("/paths/~1public~1v1~1test~1ping/get/security").isArray()).isTrue();
    assertThat(doc.at("/paths/~1public~1v1~1test~1ping/get/security").isEmpty()).isTrue();
    assertThat(doc.at("/paths/~1api~1v1~1test~1notes/post/security").isMissingNode()).isTrue();
  }

  @Test
  void documentsNullableAuditFieldsAsOpenApi31TypeArrays() {
    JsonNode reason = document().at("/components/schemas/ChainVerification/properties/reason/type");

    assertThat(reason.isArray()).isTrue();
    assertThat(reason.toString()).isEqualTo("[\"string\",\"null\"]");
  }

  @Test
  void declaresImportErrorsAsProblemsOnly() {
    JsonNode notFound =
        document()
            .at("/paths/~1api~1v1~1test~1import-jobs~1{id}~1errors/get/responses/404/content");

    assertThat(notFound.propertyNames()).containsExactly("application/problem+json");
  }

  private static JsonNode idempotencyKey(JsonNode operation) {
    for (JsonNode parameter : operation.path("parameters")) {
      if ("Idempotency-Key".equals(parameter.path("name").asString())) {
        return parameter;
      }
    }
    throw new AssertionError("no Idempotency-Key parameter on " + operation);
  }

  @Test
  void matchesTheCommittedContract() {
    OpenApiContract.verify(
        http.get("/api/v1/test/v3/api-docs").send().text(),
        Path.of("src/test/openapi/openapi.json"));
  }
}
