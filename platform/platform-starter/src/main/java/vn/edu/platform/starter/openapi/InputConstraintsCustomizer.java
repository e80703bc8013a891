package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * What the platform enforces on inputs, stated in the document where a generated client and a
 * schema-driven tester read it:
 *
 * <ul>
 *   <li>{@code page} and {@code size} query parameters get the bounds {@code PageRequest} checks
 *       ({@code page ≥ 0}, {@code 1 ≤ size ≤ }{@value PageResponse#MAX_SIZE}).
 *   <li>Every {@code pattern} is anchored: Bean Validation's {@code @Pattern} matches the whole
 *       value, a JSON Schema {@code pattern} only a part of it unless it says {@code ^…$}.
 *   <li>A UUID path parameter carries an example, so "try it out" and generated tests can call it.
 * </ul>
 */
class InputConstraintsCustomizer implements OpenApiCustomizer {

  static final String UUID_EXAMPLE = "0b5f8a52-3c1e-4d8a-9f7e-2a6c1d4e5f60";

  @Override
  public void customise(OpenAPI openApi) {
    Schemas.forEach(openApi, InputConstraintsCustomizer::anchor);
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getParameters() != null) {
                            operation.getParameters().forEach(InputConstraintsCustomizer::bound);
                          }
                        }));
  }

  private static void bound(Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    if (schema == null) {
      return;
    }
    if ("query".equals(parameter.getIn()) && isInteger(schema)) {
      if ("page".equals(parameter.getName())) {
        schema.setMinimum(BigDecimal.ZERO);
        if (schema.getMaximum() == null) {
          schema.setMaximum(BigDecimal.valueOf(Integer.MAX_VALUE));
        }
      } else if ("size".equals(parameter.getName())) {
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(PageResponse.MAX_SIZE));
      }
    }
    if ("path".equals(parameter.getIn())
        && "uuid".equals(schema.getFormat())
        && parameter.getExample() == null) {
      parameter.setExample(UUID_EXAMPLE);
    }
  }

  private static boolean isInteger(Schema<?> schema) {
    return "integer".equals(schema.getType())
        || (schema.getTypes() != null && schema.getTypes().contains("integer"));
  }

  static void anchor(Schema<?> schema) {
    String pattern = schema.getPattern();
    if (pattern == null || (pattern.startsWith("^") && pattern.endsWith("$"))) {
      return;
    }
    schema.setPattern(pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$");
  }
}
