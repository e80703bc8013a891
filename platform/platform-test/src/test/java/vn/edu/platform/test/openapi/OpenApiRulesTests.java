package vn.edu.platform.test.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OpenApiRulesTests {

  private static final String GOOD_OPERATION =
      """
      {"operationId":"listUnits","description":"d",
       "parameters":[{"name":"q","in":"query","schema":{"type":"string","maxLength":200}},
                     {"name":"size","in":"query","schema":{"type":"integer","minimum":1,"maximum":200}}],
       "responses":{"200":{"description":"ok"},
         "429":{"description":"slow down","headers":{"Retry-After":{"schema":{"type":"integer"}}},
                "content":{"application/problem+json":{"example":{"code":"rate-limited"}}}}}}
      """;

  private static List<String> breaches(String operations, String schemas) {
    String json =
        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
            + "\"security\":[{\"bearer-jwt\":[]}],\"paths\":{"
            + operations
            + "},\"components\":{\"schemas\":{"
            + schemas
            + "}}}";
    return OpenApiRules.breaches(JsonMapper.builder().build().readTree(json));
  }

  @Test
  void aDocumentThatKeepsEveryRulePasses() {
    assertThat(breaches("\"/units\":{\"get\":" + GOOD_OPERATION + "}", "")).isEmpty();
  }

  @Test
  void findsGeneratedOperationIdsAndRequestTypeCollisions() {
    String op = GOOD_OPERATION.replace("listUnits", "list_2");
    assertThat(breaches("\"/units\":{\"get\":" + op + "}", ""))
        .anyMatch(b -> b.contains("'list_2' is not an explicit"));

    assertThat(breaches("\"/units\":{\"get\":" + GOOD_OPERATION + "}", "\"ListUnitsRequest\":{}"))
        .anyMatch(b -> b.contains("ListUnitsRequest collides"));
  }

  @Test
  void findsUnboundedInputsThroughReferences() {
    String op =
        GOOD_OPERATION.replace(
            "\"responses\"",
            "\"requestBody\":{\"content\":{\"application/json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/Body\"}}}},\"responses\"");
    String body =
        "\"Body\":{\"type\":\"object\",\"properties\":{"
            + "\"name\":{\"type\":\"string\"},\"codes\":{\"type\":\"array\",\"items\":{\"type\":\"string\","
            + "\"maxLength\":32}},\"value\":{\"type\":[\"number\",\"null\"],\"minimum\":0},"
            + "\"id\":{\"type\":\"string\",\"format\":\"uuid\"}}}";

    assertThat(breaches("\"/units\":{\"post\":" + op + "}", body))
        .containsExactlyInAnyOrder(
            "POST /units body.name: string without maxLength",
            "POST /units body.codes: array without maxItems",
            "POST /units body.value: number without minimum and maximum");
  }

  @Test
  void findsMissing429UnanchoredPatternsPublicOperationsAndErrorsWithoutExample() {
    String op =
        "{\"operationId\":\"ping\",\"security\":[],\"parameters\":[{\"name\":\"c\",\"in\":\"query\","
            + "\"schema\":{\"type\":\"string\",\"maxLength\":5,\"pattern\":\"[0-9]+\"}}],"
            + "\"responses\":{\"404\":{\"description\":\"none\",\"content\":"
            + "{\"application/json\":{\"schema\":{}}}}}}";

    assertThat(breaches("\"/ping\":{\"get\":" + op + "}", ""))
        .anyMatch(b -> b.contains("no 429"))
        .anyMatch(b -> b.contains("security [] without being a @PublicEndpoint"))
        .anyMatch(b -> b.contains("error response 404 has no example"))
        .anyMatch(b -> b.contains("error response 404 is application/json"))
        .anyMatch(b -> b.contains("pattern '[0-9]+' is not anchored"));
  }

  @Test
  void verifyListsEveryBreach() {
    String op = GOOD_OPERATION.replace("listUnits", "get_4");
    String json =
        "{\"openapi\":\"3.1.0\",\"security\":[{\"b\":[]}],\"paths\":{\"/u\":{\"get\":" + op + "}}}";

    assertThatThrownBy(() -> OpenApiRules.verify(json)).hasMessageContaining("get_4");
  }
}
