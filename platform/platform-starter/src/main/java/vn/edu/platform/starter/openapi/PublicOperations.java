package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;
import vn.edu.platform.starter.security.PublicEndpoint;

/**
 * An operation of a {@link PublicEndpoint} handler is documented with {@code security: []}, the
 * OpenAPI way to say "no token needed" against the document's bearer-JWT default; every other
 * operation inherits that default. Nothing else in the document may be public.
 */
class PublicOperations implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    PublicEndpoint open = handler.getMethodAnnotation(PublicEndpoint.class);
    if (open == null) {
      open = handler.getBeanType().getAnnotation(PublicEndpoint.class);
    }
    if (open != null) {
      operation.setSecurity(java.util.List.of());
      String reason = "Public: " + open.reason();
      operation.setDescription(
          operation.getDescription() == null
              ? reason
              : operation.getDescription() + "\n\n" + reason);
    }
    return operation;
  }
}
