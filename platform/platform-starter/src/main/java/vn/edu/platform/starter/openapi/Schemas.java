package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Visits every schema of a document once: components, parameters, bodies, responses, headers. */
final class Schemas {

  private Schemas() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static void forEach(OpenAPI openApi, Consumer<Schema<?>> action) {
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Consumer<@Nullable Schema> visit = schema -> walk(schema, action, seen);
    if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
      openApi.getComponents().getSchemas().values().forEach(visit);
    }
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .values()
        .forEach(
            item -> {
              if (item.getParameters() != null) {
                item.getParameters().forEach(p -> visit.accept(p.getSchema()));
              }
              item.readOperations()
                  .forEach(
                      operation -> {
                        if (operation.getParameters() != null) {
                          for (Parameter parameter : operation.getParameters()) {
                            visit.accept(parameter.getSchema());
                          }
                        }
                        if (operation.getRequestBody() != null) {
                          content(operation.getRequestBody().getContent(), visit);
                        }
                        if (operation.getResponses() != null) {
                          operation
                              .getResponses()
                              .values()
                              .forEach(
                                  response -> {
                                    content(response.getContent(), visit);
                                    if (response.getHeaders() != null) {
                                      response
                                          .getHeaders()
                                          .values()
                                          .forEach(h -> visit.accept(h.getSchema()));
                                    }
                                  });
                        }
                      });
            });
  }

  private static void content(@Nullable Content content, Consumer<@Nullable Schema> visit) {
    if (content != null) {
      content.values().forEach(media -> visit.accept(media.getSchema()));
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void walk(
      @Nullable Schema schema, Consumer<Schema<?>> action, Set<Schema<?>> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    action.accept(schema);
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(s -> walk(s, action, seen));
    }
    walk(schema.getItems(), action, seen);
    walk(schema.getNot(), action, seen);
    walk(schema.getContains(), action, seen);
    for (java.util.List<Schema> list :
        new java.util.List[] {
          schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()
        }) {
      if (list != null) {
        list.forEach(s -> walk(s, action, seen));
      }
    }
    if (schema.getAdditionalProperties() instanceof Schema additional) {
      walk(additional, action, seen);
    }
  }
}
