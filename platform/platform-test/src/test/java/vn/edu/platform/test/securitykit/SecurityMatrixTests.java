package vn.edu.platform.test.securitykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityMatrixTests {

  private static final ApiDocument DOCUMENT =
      ApiDocument.parse(
          """
          {"openapi": "3.1.0",
           "paths": {
             "/things": {
               "get": {"operationId": "listThings", "responses": {"200": {}}},
               "post": {"operationId": "createThing",
                        "requestBody": {"content": {"application/json":
                          {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                        "responses": {"201": {}, "400": {}}}},
             "/things/{id}": {
               "get": {"operationId": "getThing",
                       "parameters": [{"name": "id", "in": "path", "required": true,
                                       "schema": {"type": "string", "format": "uuid"}}],
                       "responses": {"200": {}, "404": {}}}}},
           "components": {"schemas": {"Thing": {"type": "object", "required": ["name"],
             "properties": {"name": {"type": "string", "example": "Sở"},
                            "size": {"type": ["integer", "null"]}}}}}}
          """);

  private static Map<String, Object> file(Map<String, Object> operations) {
    return Map.of(
        "gov-client-role",
        "province-read",
        "rules",
        Map.of(
            "staff", Map.of("allowed", List.of("department-admin")),
            "everyone", Map.of("allowed", "all-authenticated", "shared", true)),
        "operations",
        operations);
  }

  @Test
  void coversADocumentWhoseEveryOperationHasExactlyOneEntry() {
    SecurityMatrix matrix =
        SecurityMatrix.of(
            file(Map.of("listThings", "everyone", "createThing", "staff", "getThing", "staff")));

    matrix.verifyCovers(DOCUMENT);

    assertThat(matrix.ruleOf("createThing").allows(Persona.DEPARTMENT_ADMIN)).isTrue();
    assertThat(matrix.ruleOf("createThing").allows(Persona.TEACHER_A)).isFalse();
    assertThat(matrix.ruleOf("listThings").allows(Persona.GOV_CLIENT_WITHOUT_ROLE)).isTrue();
    assertThat(matrix.ruleOf("listThings").allows(Persona.ANONYMOUS)).isFalse();
    assertThat(matrix.ruleOf("listThings").shared()).isTrue();
  }

  @Test
  void failsOnAnOperationWithoutAnEntry() {
    SecurityMatrix matrix = SecurityMatrix.of(file(Map.of("listThings", "everyone")));

    assertThatThrownBy(() -> matrix.verifyCovers(DOCUMENT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Operations without an entry: [createThing, getThing]");
  }

  @Test
  void failsOnAnEntryForNoOperation() {
    SecurityMatrix matrix =
        SecurityMatrix.of(
            file(
                Map.of(
                    "listThings", "everyone",
                    "createThing", "staff",
                    "getThing", "staff",
                    "deleteThing", "staff")));

    assertThatThrownBy(() -> matrix.verifyCovers(DOCUMENT))
        .hasMessageContaining("Entries for no operation: [deleteThing]");
  }

  @Test
  void refusesAnEntryNamingAnUndefinedRule() {
    assertThatThrownBy(() -> SecurityMatrix.of(file(Map.of("listThings", "nobody"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names rule nobody");
  }

  @Test
  void refusesCallersWithoutAValidTokenWith401AndOthersWithTheRulesStatuses() {
    SecurityMatrix.Rule rule =
        new SecurityMatrix.Rule("unit", Set.of(Persona.TEACHER_A), Set.of(403, 404), false);

    assertThat(rule.deniedStatusesFor(Persona.ANONYMOUS)).containsExactly(401);
    assertThat(rule.deniedStatusesFor(Persona.OTHER_AUDIENCE)).containsExactly(401);
    assertThat(rule.deniedStatusesFor(Persona.TEACHER_B)).containsExactlyInAnyOrder(403, 404);
  }

  @Test
  void readsTheDocumentsOperationsWithResolvedSchemas() {
    ApiOperation create =
        DOCUMENT.operations().stream().filter(o -> o.id().equals("createThing")).findFirst().get();
    ApiOperation get =
        DOCUMENT.operations().stream().filter(o -> o.id().equals("getThing")).findFirst().get();

    assertThat(DOCUMENT.operations()).hasSize(3);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.statuses()).containsExactlyInAnyOrder(201, 400);
    assertThat(create.bodySchema().path("required").get(0).asString()).isEqualTo("name");
    assertThat(create.takesIdentifier()).isFalse();
    assertThat(get.takesIdentifier()).isTrue();
    assertThat(get.parameters("path").getFirst().schema().path("format").asString())
        .isEqualTo("uuid");
  }

  @Test
  void buildsAValidBodyFromTheSchemasExamplesAndRequiredFields() {
    ApiOperation create =
        DOCUMENT.operations().stream().filter(o -> o.id().equals("createThing")).findFirst().get();

    var body = new ValidValues(DOCUMENT).of(create.bodySchema());

    assertThat(body.toString()).isEqualTo("{\"name\":\"Sở\"}");
    assertThat(ValidValues.typeOf(create.bodySchema().path("properties").path("size")))
        .isEqualTo("integer");
  }

  @Test
  void namesPersonasInKebabCase() {
    assertThat(Persona.ofKey("commune-officer-b")).isEqualTo(Persona.COMMUNE_OFFICER_B);
    assertThat(Persona.GOV_CLIENT_WITHOUT_ROLE.key()).isEqualTo("gov-client-without-role");
    assertThat(Persona.TEACHER_A.unit()).isNotEqualTo(Persona.TEACHER_B.unit());
  }
}
