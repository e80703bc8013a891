package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Names the schemas of request records {@code …Input} instead of {@code …Request}: generators name
 * the parameter object of operation {@code createPlan} {@code CreatePlanRequest} (typescript-fetch
 * does, and the two then collide under {@code tsc --strict}), so a schema named after an operation
 * plus {@code Request} must not exist. The Java records keep their names; only the document's
 * schema names change, consistently for every service.
 */
class RequestSchemaNames implements OpenApiCustomizer {

  static final String REQUEST = "Request";
  static final String INPUT = "Input";
  private static final String PREFIX = "#/components/schemas/";

  @Override
  @SuppressWarnings("rawtypes")
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Map<String, String> renamed = new LinkedHashMap<>();
    for (String name : schemas.keySet()) {
      if (name.endsWith(REQUEST)) {
        String target = name.substring(0, name.length() - REQUEST.length()) + INPUT;
        if (!schemas.containsKey(target)) {
          renamed.put(name, target);
        }
      }
    }
    if (renamed.isEmpty()) {
      return;
    }
    Map<String, Schema> result = new LinkedHashMap<>();
    schemas.forEach((name, schema) -> result.put(renamed.getOrDefault(name, name), schema));
    openApi.getComponents().setSchemas(result);
    Schemas.forEach(
        openApi,
        schema -> {
          String ref = schema.get$ref();
          if (ref != null && ref.startsWith(PREFIX)) {
            String target = renamed.get(ref.substring(PREFIX.length()));
            if (target != null) {
              schema.set$ref(PREFIX + target);
            }
          }
        });
  }
}
