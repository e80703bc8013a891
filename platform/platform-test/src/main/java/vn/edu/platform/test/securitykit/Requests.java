package vn.edu.platform.test.securitykit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the valid request of an operation that the matrix sends and the fuzzer breaks. */
final class Requests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ValidValues values;
  private final SecurityFixture fixture;

  Requests(ApiDocument document, SecurityFixture fixture) {
    this.values = new ValidValues(document);
    this.fixture = fixture;
  }

  /** The parts of a valid request, before the path and query are encoded. */
  record Parts(
      ApiOperation operation,
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      @Nullable JsonNode json,
      @Nullable RawBody raw) {

    KitHttp.Request toRequest(@Nullable String token) {
      return toRequest(token, path, query);
    }

    KitHttp.Request toRequest(
        @Nullable String token, Map<String, String> pathValues, Map<String, String> queryValues) {
      String contentType =
          raw != null ? raw.contentType() : json != null ? "application/json" : null;
      byte[] body = raw != null ? raw.bytes() : json != null ? JSON.writeValueAsBytes(json) : null;
      return request(token, pathValues, queryValues, body, contentType);
    }

    KitHttp.Request request(
        @Nullable String token,
        Map<String, String> pathValues,
        Map<String, String> queryValues,
        byte @Nullable [] body,
        @Nullable String contentType) {
      String target = operation.path();
      for (Map.Entry<String, String> value : pathValues.entrySet()) {
        target = target.replace("{" + value.getKey() + "}", value.getValue());
      }
      StringBuilder query = new StringBuilder();
      queryValues.forEach(
          (name, value) ->
              query
                  .append(query.isEmpty() ? "?" : "&")
                  .append(encode(name))
                  .append('=')
                  .append(value));
      Map<String, String> allHeaders = new LinkedHashMap<>(headers);
      if (token != null) {
        allHeaders.put("Authorization", "Bearer " + token);
      }
      if (WRITES.contains(operation.method())) {
        // every write is idempotent by key; a fresh key keeps one request from replaying another
        allHeaders.put("Idempotency-Key", UUID.randomUUID().toString());
      }
      return new KitHttp.Request(operation.method(), target + query, allHeaders, body, contentType);
    }
  }

  Parts valid(ApiOperation operation, OwnedObjects objects) {
    Map<String, String> path = new LinkedHashMap<>();
    for (ApiParameter parameter : operation.parameters("path")) {
      path.put(parameter.name(), encode(objects.pathValue(parameter.name())));
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (ApiParameter parameter : operation.parameters("query")) {
      if (parameter.required()) {
        query.put(parameter.name(), encode(values.of(parameter.schema()).asString()));
      }
    }
    fixture.query(operation, objects).forEach((name, value) -> query.put(name, encode(value)));
    Map<String, String> headers = new LinkedHashMap<>(fixture.headers(operation, objects));
    JsonNode json = null;
    RawBody raw = null;
    if (operation.bodyMediaType() != null) {
      Object body = fixture.body(operation, objects);
      if (body instanceof RawBody given) {
        raw = given;
      } else if (body instanceof String text) {
        json = JSON.readTree(text);
      } else if (body != null) {
        json = JSON.valueToTree(body);
      } else if (operation.hasJsonBody() && operation.bodySchema() != null) {
        json = values.of(operation.bodySchema());
      }
    }
    return new Parts(operation, path, query, headers, json, raw);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
