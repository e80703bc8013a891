package vn.edu.platform.test.securitykit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that an error answer is an {@code application/problem+json} body the document describes.
 */
final class ProblemBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final ApiDocument document;
  private final Map<JsonNode, Schema> schemas = new ConcurrentHashMap<>();

  ProblemBodies(ApiDocument document) {
    this.document = document;
  }

  /** Why the answer is not a valid problem, or {@code null} when it is. */
  @Nullable String whyInvalid(ApiOperation operation, KitHttp.Response response) {
    String type = response.contentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      return "content type is "
          + type
          + ", not application/problem+json (body: "
          + abbreviate(response.body())
          + ")";
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (RuntimeException e) {
      return "body is not JSON: " + abbreviate(response.body());
    }
    List<Error> errors = schemaFor(operation, response.status()).validate(body);
    if (!errors.isEmpty()) {
      return "problem body does not match the Problem schema: " + errors;
    }
    if (body.path("status").asInt(-1) != response.status()) {
      return "problem status " + body.path("status") + " differs from HTTP " + response.status();
    }
    return null;
  }

  private Schema schemaFor(ApiOperation operation, int status) {
    JsonNode problem = document.problemSchema(operation, status);
    return schemas.computeIfAbsent(
        problem,
        p -> {
          // the schema keeps its #/components/... references: give it the document's components
          ObjectNode wrapper = JSON.createObjectNode();
          wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
          wrapper.set("components", document.components());
          wrapper.set("allOf", JSON.createArrayNode().add(p));
          return REGISTRY.getSchema(wrapper);
        });
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
