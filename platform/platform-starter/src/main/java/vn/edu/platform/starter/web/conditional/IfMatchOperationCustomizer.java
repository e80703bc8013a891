package vn.edu.platform.starter.web.conditional;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import vn.edu.platform.kernel.ExpectedRevision;

/**
 * Documents an {@link ExpectedRevision} parameter as what the client sends: an {@code If-Match}
 * header (required unless {@code @IfMatch(required = false)}), not a query object.
 */
public class IfMatchOperationCustomizer implements OperationCustomizer {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedRevision.class);
  }

  /**
   * An ETag here is a quoted revision number; the bound keeps the header a limited input, as the
   * platform's OpenAPI rules require of every string.
   */
  static final int MAX_LENGTH = 100;

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
      if (parameter.getParameterType() != ExpectedRevision.class) {
        continue;
      }
      boolean required = ExpectedRevisionArgumentResolver.isRequired(parameter);
      boolean documented =
          operation.getParameters() != null
              && operation.getParameters().stream()
                  .anyMatch(
                      p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
      if (!documented) {
        Parameter header =
            new HeaderParameter()
                .name("If-Match")
                .required(required)
                .description(
                    required
                        ? "The ETag you read; 428 without it, 412 when the resource changed since"
                        : "The ETag you read, to refuse a lost update (412 when it changed since)")
                .example("\"1\"")
                .schema(new StringSchema().maxLength(MAX_LENGTH));
        operation.addParametersItem(header);
      }
    }
    return operation;
  }
}
