package vn.edu.platform.test.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules every service's OpenAPI document keeps, for the clients generated from it and after the
 * OWASP API Security Top 10 (API4 unrestricted resource consumption, API2/API5 broken
 * authentication and function-level authorisation, API8 misconfiguration):
 *
 * <ul>
 *   <li>every operation has an explicit, unique, camel-case {@code operationId} (no springdoc
 *       {@code list_2}), and no schema is named {@code <OperationId>Request}, the name
 *       typescript-fetch gives the operation's parameter object;
 *   <li>every string input has a {@code maxLength} (or an enum or a fixed-length format), every
 *       array input a {@code maxItems}, every number input a {@code minimum} and {@code maximum};
 *   <li>every {@code pattern} is anchored ({@code ^…$});
 *   <li>every operation documents 429 with {@code Retry-After};
 *   <li>every operation needs the bearer token unless it is explicitly public ({@code security: []}
 *       with the reason the starter writes for a {@code @PublicEndpoint});
 *   <li>every error response has an example.
 * </ul>
 *
 * A service runs them with one test: {@code OpenApiRules.verify(servedDocumentJson)}.
 */
public final class OpenApiRules {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][A-Za-z0-9]*$");
  private static final Set<String> BOUNDED_FORMATS =
      Set.of("uuid", "date", "date-time", "time", "binary", "byte");
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  static final String PUBLIC_MARK = "Public: ";

  private OpenApiRules() {}

  /**
   * Checks a whole document.
   *
   * @throws AssertionError listing every breach
   */
  public static void verify(String documentJson) {
    List<String> breaches = breaches(JSON.readTree(documentJson));
    if (!breaches.isEmpty()) {
      throw new AssertionError(
          breaches.size()
              + " breaches of the platform's OpenAPI rules:\n  "
              + String.join("\n  ", breaches));
    }
  }

  static List<String> breaches(JsonNode root) {
    List<String> breaches = new ArrayList<>();
    Set<String> operationIds = new HashSet<>();
    JsonNode schemas = root.path("components").path("schemas");
    boolean globalSecurity = root.path("security").isArray() && !root.path("security").isEmpty();
    for (String path : root.path("paths").propertyNames()) {
      JsonNode item = root.path("paths").path(path);
      for (String method : item.propertyNames()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonNode operation = item.path(method);
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        String id = operation.path("operationId").asString("");
        if (!OPERATION_ID.matcher(id).matches()) {
          breaches.add(where + ": operationId '" + id + "' is not an explicit camel-case name");
        } else if (!operationIds.add(id)) {
          breaches.add(where + ": operationId '" + id + "' is used twice");
        }
        String requestType =
            id.isEmpty() ? "" : Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Request";
        if (schemas.has(requestType)) {
          breaches.add(
              where + ": schema " + requestType + " collides with the generated request type");
        }
        for (JsonNode parameter : operation.path("parameters")) {
          limits(
              root,
              parameter.path("schema"),
              where + " parameter " + parameter.path("name").asString(),
              breaches,
              new HashSet<>());
        }
        for (JsonNode media : operation.path("requestBody").path("content")) {
          limits(root, media.path("schema"), where + " body", breaches, new HashSet<>());
        }
        JsonNode tooMany = operation.path("responses").path("429");
        if (tooMany.isMissingNode() || !tooMany.path("headers").has("Retry-After")) {
          breaches.add(where + ": no 429 response with Retry-After");
        }
        JsonNode security = operation.path("security");
        if (security.isArray() && security.isEmpty()) {
          if (!operation.path("description").asString("").contains(PUBLIC_MARK)) {
            breaches.add(where + ": security [] without being a @PublicEndpoint");
          }
        } else if (!(security.isArray() || globalSecurity)) {
          breaches.add(where + ": no security requirement");
        }
        for (String status : operation.path("responses").propertyNames()) {
          if (!(status.startsWith("4") || status.startsWith("5"))) {
            continue;
          }
          JsonNode content = operation.path("responses").path(status).path("content");
          if (content.isEmpty()) {
            breaches.add(where + ": error response " + status + " has no body");
          }
          for (String mediaType : content.propertyNames()) {
            JsonNode media = content.path(mediaType);
            if (!media.has("example") && media.path("examples").isEmpty()) {
              breaches.add(where + ": error response " + status + " has no example");
            }
            if (!"application/problem+json".equals(mediaType)) {
              breaches.add(where + ": error response " + status + " is " + mediaType);
            }
          }
        }
      }
    }
    anchored(root, "", breaches);
    return breaches;
  }

  /** An input schema (followed through $ref) must bound what a caller can send. */
  private static void limits(
      JsonNode root, JsonNode schema, String where, List<String> breaches, Set<String> seen) {
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asString();
      if (seen.add(ref)) {
        limits(root, root.at(ref.substring(1)), where, breaches, seen);
      }
      return;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : schema.path(combinator)) {
        limits(root, part, where, breaches, seen);
      }
    }
    Set<String> types = new HashSet<>();
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asString()));
    } else if (type.isString()) {
      types.add(type.asString());
    }
    boolean enumerated = schema.has("enum") || schema.has("const");
    if (types.contains("string")
        && !enumerated
        && !schema.has("maxLength")
        && !BOUNDED_FORMATS.contains(schema.path("format").asString(""))) {
      breaches.add(where + ": string without maxLength");
    }
    if ((types.contains("integer") || types.contains("number"))
        && !enumerated
        && !(has(schema, "minimum", "exclusiveMinimum")
            && has(schema, "maximum", "exclusiveMaximum"))) {
      breaches.add(where + ": number without minimum and maximum");
    }
    if (types.contains("array")) {
      if (!schema.has("maxItems")) {
        breaches.add(where + ": array without maxItems");
      }
      limits(root, schema.path("items"), where + "[]", breaches, seen);
    }
    for (String property : schema.path("properties").propertyNames()) {
      limits(
          root, schema.path("properties").path(property), where + "." + property, breaches, seen);
    }
    if (schema.path("additionalProperties").isObject()) {
      limits(root, schema.path("additionalProperties"), where + "{}", breaches, seen);
    }
  }

  private static boolean has(JsonNode schema, String inclusive, String exclusive) {
    return schema.has(inclusive) || schema.has(exclusive);
  }

  private static void anchored(JsonNode node, String pointer, List<String> breaches) {
    if (node.isObject()) {
      JsonNode pattern = node.path("pattern");
      if (pattern.isString()) {
        String value = pattern.asString();
        if (!value.startsWith("^") || !value.endsWith("$")) {
          breaches.add(pointer + ": pattern '" + value + "' is not anchored");
        }
      }
      for (String name : node.propertyNames()) {
        anchored(node.path(name), pointer + "/" + name, breaches);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        anchored(node.path(i), pointer + "/" + i, breaches);
      }
    }
  }
}
