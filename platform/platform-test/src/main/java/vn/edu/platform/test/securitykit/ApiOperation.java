package vn.edu.platform.test.securitykit;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, with its schemas already resolved against the
 * document's components.
 *
 * @param bodyMediaType the first media type of the request body, {@code null} without a body
 * @param bodySchema the resolved schema of that media type, {@code null} without a body
 * @param statuses every response status the document declares for the operation
 */
public record ApiOperation(
    String id,
    String method,
    String path,
    List<ApiParameter> parameters,
    @Nullable String bodyMediaType,
    @Nullable JsonNode bodySchema,
    boolean bodyRequired,
    Set<Integer> statuses) {

  /** The parameters found in {@code location}: {@code path}, {@code query} or {@code header}. */
  public List<ApiParameter> parameters(String location) {
    return parameters.stream().filter(p -> p.in().equals(location)).toList();
  }

  /** Whether the path names an object, e.g. {@code /plans/{planId}}. */
  public boolean takesIdentifier() {
    return !parameters("path").isEmpty();
  }

  public boolean hasJsonBody() {
    return bodyMediaType != null && bodyMediaType.contains("json");
  }

  /** {@code GET /api/v1/plans/{planId} (get)}: how failures name the operation. */
  public String describe() {
    return method + " " + path + " (" + id + ")";
  }
}
