package vn.edu.platform.test.securitykit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI 3.1 document read as the security kit needs it: its operations with resolved
 * parameter and body schemas, and the components that problem bodies are validated against.
 */
public final class ApiDocument {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private final JsonNode root;
  private final List<ApiOperation> operations;

  private ApiDocument(JsonNode root) {
    this.root = root;
    this.operations = readOperations();
  }

  /** Parses a document, typically the one the running service serves at {@code /v3/api-docs}. */
  public static ApiDocument parse(String json) {
    return new ApiDocument(JSON.readTree(json));
  }

  public List<ApiOperation> operations() {
    return operations;
  }

  /** The document's {@code components}, to resolve references of schemas taken out of it. */
  public JsonNode components() {
    JsonNode components = root.get("components");
    return components == null ? JsonNodeFactory.instance.objectNode() : components;
  }

  /**
   * The schema a problem body must validate against: the {@code application/problem+json} schema
   * the operation documents for {@code status}, else the one it documents for any status, else the
   * component named {@code Problem}.
   */
  public JsonNode problemSchema(ApiOperation operation, int status) {
    JsonNode responses =
        pathItem(operation).path(operation.method().toLowerCase()).path("responses");
    JsonNode exact = responses.path(String.valueOf(status)).path("content");
    JsonNode schema = problemSchemaIn(exact);
    if (schema == null) {
      for (JsonNode response : responses) {
        schema = problemSchemaIn(response.path("content"));
        if (schema != null) {
          break;
        }
      }
    }
    if (schema == null) {
      schema = components().path("schemas").path("Problem");
    }
    return schema;
  }

  /**
   * Follows {@code $ref}s to components (also through {@code allOf} of a single reference) so a
   * caller reads properties directly; nested references stay for the next call to resolve.
   */
  public JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; depth < 32; depth++) {
      JsonNode ref = current.get("$ref");
      if (ref != null) {
        current = root.at(ref.asString().substring(1));
        continue;
      }
      JsonNode allOf = current.get("allOf");
      if (allOf != null && allOf.size() == 1 && current.get("properties") == null) {
        current = allOf.get(0);
        continue;
      }
      return current;
    }
    throw new IllegalStateException("Reference cycle at " + schema);
  }

  private @Nullable JsonNode problemSchemaIn(JsonNode content) {
    JsonNode media = content.get("application/problem+json");
    return media == null ? null : media.get("schema");
  }

  private JsonNode pathItem(ApiOperation operation) {
    return root.path("paths").path(operation.path());
  }

  private List<ApiOperation> readOperations() {
    List<ApiOperation> result = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      JsonNode shared = path.getValue().path("parameters");
      for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        result.add(operationOf(path.getKey(), entry.getKey(), entry.getValue(), shared));
      }
    }
    return List.copyOf(result);
  }

  private ApiOperation operationOf(String path, String method, JsonNode node, JsonNode shared) {
    List<ApiParameter> parameters = new ArrayList<>();
    for (JsonNode list : List.of(shared, node.path("parameters"))) {
      for (JsonNode raw : list) {
        JsonNode parameter = resolve(raw);
        parameters.add(
            new ApiParameter(
                parameter.path("name").asString(),
                parameter.path("in").asString(),
                parameter.path("required").asBoolean(false),
                resolve(parameter.path("schema"))));
      }
    }
    String mediaType = null;
    JsonNode bodySchema = null;
    JsonNode body = node.get("requestBody");
    boolean bodyRequired = false;
    if (body != null) {
      body = resolve(body);
      bodyRequired = body.path("required").asBoolean(false);
      var content = body.path("content").properties().iterator();
      if (content.hasNext()) {
        Map.Entry<String, JsonNode> first = content.next();
        mediaType = first.getKey();
        bodySchema = resolve(first.getValue().path("schema"));
      }
    }
    Set<Integer> statuses = new LinkedHashSet<>();
    for (String status : node.path("responses").propertyNames()) {
      if (status.chars().allMatch(Character::isDigit)) {
        statuses.add(Integer.parseInt(status));
      }
    }
    String id = node.path("operationId").asString(method + " " + path);
    return new ApiOperation(
        id,
        method.toUpperCase(),
        path,
        List.copyOf(parameters),
        mediaType,
        bodySchema,
        bodyRequired,
        Set.copyOf(statuses));
  }

  /** An empty object node, for callers that build schemas or bodies. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
