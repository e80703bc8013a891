package vn.edu.platform.test.securitykit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a value a schema accepts, preferring what the document itself shows: {@code example},
 * {@code examples}, {@code enum}, {@code default}; otherwise the smallest value of the type and
 * format. Objects get their required properties only.
 */
final class ValidValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ApiDocument document;

  ValidValues(ApiDocument document) {
    this.document = document;
  }

  JsonNode of(JsonNode rawSchema) {
    return of(rawSchema, 0);
  }

  private JsonNode of(JsonNode rawSchema, int depth) {
    JsonNode schema = document.resolve(rawSchema);
    for (String key : new String[] {"example", "default", "const"}) {
      if (schema.has(key) && !schema.get(key).isNull()) {
        return schema.get(key);
      }
    }
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0);
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0);
    }
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (schema.path(key).isArray() && !schema.path(key).isEmpty()) {
        return of(schema.path(key).get(0), depth + 1);
      }
    }
    return switch (typeOf(schema)) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
      case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1));
      case "boolean" -> NODES.booleanNode(true);
      case "null" -> NODES.nullNode();
      default -> NODES.stringNode(string(schema));
    };
  }

  /**
   * The schema's type; for OpenAPI 3.1 type lists such as {@code [string, "null"]} the first
   * non-null.
   */
  static String typeOf(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asString())) {
          return t.asString();
        }
      }
      return "null";
    }
    return type.asString();
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth > 8) {
      return object;
    }
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      String name = required.asString();
      if (properties.has(name)) {
        object.set(name, of(properties.get(name), depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = Math.max(schema.path("minItems").asInt(0), 0);
    for (int i = 0; i < count; i++) {
      array.add(of(schema.path("items"), depth + 1));
    }
    return array;
  }

  private static String string(JsonNode schema) {
    String value =
        switch (schema.path("format").asString("")) {
          case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
          case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).toString();
          case "uuid" -> UUID.randomUUID().toString();
          case "email" -> "kiem.thu@example.vn";
          case "uri" -> "https://example.vn/";
          default -> "Kiểm thử";
        };
    int min = schema.path("minLength").asInt(0);
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('x');
    }
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return padded.length() > max ? padded.substring(0, max) : padded.toString();
  }
}
