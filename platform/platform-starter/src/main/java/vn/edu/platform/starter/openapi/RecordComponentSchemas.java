package vn.edu.platform.starter.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What springdoc does not read from a record component, added to the component's schema:
 *
 * <ul>
 *   <li>The platform's rule for null in JSON: a component annotated with JSpecify's {@link
 *       Nullable} may be {@code null}, and the document says so in OpenAPI 3.1's own terms, {@code
 *       type: [string, "null"]} (or {@code anyOf} with {@code null} for a referenced object); every
 *       other component is never null. A typed client then gets optional types exactly where the
 *       service can answer {@code null}.
 *   <li>Bean Validation on container elements ({@code List<@Size(max = 32) String>}, {@code
 *       Map<Level, @Size(max = 4000) String>}): {@code maxLength} and {@code pattern} of the items
 *       or values, which Hibernate Validator enforces.
 * </ul>
 */
class RecordComponentSchemas implements ModelConverter {

  private static final String NULL = "null";

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public @Nullable Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (!chain.hasNext()) {
      return null;
    }
    Schema resolved = chain.next().resolve(type, context, chain);
    Class<?> raw =
        type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
    if (resolved == null || raw == null || !raw.isRecord()) {
      return resolved;
    }
    Schema model = resolved;
    if (resolved.get$ref() != null) {
      String ref = resolved.get$ref();
      model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (model == null || model.getProperties() == null) {
      return resolved;
    }
    for (RecordComponent component : raw.getRecordComponents()) {
      String name = propertyName(component);
      Schema property = (Schema) model.getProperties().get(name);
      if (property == null) {
        continue;
      }
      elementConstraints(component.getAnnotatedType(), property);
      if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        model.getProperties().put(name, nullable(property));
      }
    }
    return resolved;
  }

  @SuppressWarnings("rawtypes")
  private static void elementConstraints(java.lang.reflect.AnnotatedType type, Schema property) {
    if (!(type instanceof AnnotatedParameterizedType generic)) {
      return;
    }
    java.lang.reflect.AnnotatedType[] arguments = generic.getAnnotatedActualTypeArguments();
    java.lang.reflect.AnnotatedType element = arguments[arguments.length - 1];
    Schema target =
        property.getItems() != null
            ? property.getItems()
            : property.getAdditionalProperties() instanceof Schema values ? values : null;
    if (target == null || target.get$ref() != null) {
      return;
    }
    Size size = element.getAnnotation(Size.class);
    if (size != null) {
      if (size.max() < Integer.MAX_VALUE) {
        target.setMaxLength(size.max());
      }
      if (size.min() > 0) {
        target.setMinLength(size.min());
      }
    }
    Pattern pattern = element.getAnnotation(Pattern.class);
    if (pattern != null) {
      target.setPattern(pattern.regexp());
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static Schema nullable(Schema property) {
    if (property.get$ref() != null) {
      Schema wrapper = new JsonSchema();
      wrapper.setAnyOf(List.of(property, new JsonSchema().types(Set.of(NULL))));
      return wrapper;
    }
    Set<String> types = new LinkedHashSet<>();
    if (property.getTypes() != null) {
      types.addAll(property.getTypes());
    } else if (property.getType() != null) {
      types.add(property.getType());
    }
    types.add(NULL);
    property.setTypes(types);
    if (property.getEnum() != null && !property.getEnum().contains(null)) {
      List<Object> values = new ArrayList<>(property.getEnum());
      values.add(null);
      property.setEnum(values);
    }
    return property;
  }

  private static String propertyName(RecordComponent component) {
    JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
    if (renamed == null) {
      renamed = component.getAnnotation(JsonProperty.class);
    }
    return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
  }
}
