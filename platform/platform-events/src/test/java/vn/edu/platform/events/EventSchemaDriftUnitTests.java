package vn.edu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.fixtures.EventSchemas;

/**
 * Keeps each JSON Schema in step with its record, at the top level and inside nested value records
 * ({@code $defs}): same properties, {@code required} exactly the components without {@link
 * NullableField}, {@code null} admitted exactly for those, and enums listing the Java constants.
 */
class EventSchemaDriftUnitTests {

  static List<Class<? extends IntegrationEvent>> catalogued() {
    return EventCatalog.events();
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaPropertiesAreTheRecordComponents(Class<? extends IntegrationEvent> event) {
    for (ObjectSite site : objectSites(event)) {
      assertThat(names(site.schema().get("properties").propertyNames()))
          .as("properties of %s", site.path())
          .isEqualTo(componentNames(site.record()));
      assertThat(site.schema().get("additionalProperties").asBoolean(true))
          .as("additionalProperties of %s", site.path())
          .isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaRequiresExactlyTheComponentsNotMarkedNullable(
      Class<? extends IntegrationEvent> event) {
    for (ObjectSite site : objectSites(event)) {
      Set<String> required =
          site.schema().get("required").values().stream()
              .map(JsonNode::stringValue)
              .collect(Collectors.toSet());
      Set<String> nonNullable =
          Arrays.stream(site.record().getRecordComponents())
              .filter(component -> !component.isAnnotationPresent(NullableField.class))
              .map(RecordComponent::getName)
              .collect(Collectors.toSet());
      assertThat(required).as("required of %s", site.path()).isEqualTo(nonNullable);
    }
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaAdmitsNullExactlyForNullableComponents(Class<? extends IntegrationEvent> event) {
    for (FieldSite field : fieldSites(event)) {
      boolean nullable = field.component().isAnnotationPresent(NullableField.class);
      assertThat(admitsNull(field.schema()))
          .as("null admitted by %s", field.path())
          .isEqualTo(nullable);
      assertThat(!nullable || !field.component().getType().isPrimitive())
          .as("%s is nullable but primitive", field.path())
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaEnumsListTheJavaEnumConstants(Class<? extends IntegrationEvent> event) {
    for (FieldSite field : fieldSites(event)) {
      Class<?> type = field.component().getType();
      if (!type.isEnum()) {
        continue;
      }
      Set<String> constants =
          Arrays.stream(type.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name())
              .collect(Collectors.toSet());
      Set<String> schemaValues =
          field.schema().get("enum").values().stream()
              .filter(value -> !value.isNull())
              .map(JsonNode::stringValue)
              .collect(Collectors.toSet());
      assertThat(schemaValues).as("enum of %s", field.path()).isEqualTo(constants);
    }
  }

  record ObjectSite(String path, Class<?> record, JsonNode schema) {}

  record FieldSite(String path, RecordComponent component, JsonNode schema) {}

  /** The event's object schema and those of the value records nested in it. */
  private static List<ObjectSite> objectSites(Class<? extends IntegrationEvent> event) {
    JsonNode document = EventSchemas.document(event);
    List<ObjectSite> sites = new ArrayList<>();
    collect(event.getSimpleName(), event, document, document, sites, new ArrayList<>());
    return sites;
  }

  /** Every component of the event and of its nested value records, with its property schema. */
  private static List<FieldSite> fieldSites(Class<? extends IntegrationEvent> event) {
    JsonNode document = EventSchemas.document(event);
    List<FieldSite> fields = new ArrayList<>();
    collect(event.getSimpleName(), event, document, document, new ArrayList<>(), fields);
    return fields;
  }

  private static void collect(
      String path,
      Class<?> record,
      JsonNode schema,
      JsonNode document,
      List<ObjectSite> sites,
      List<FieldSite> fields) {
    sites.add(new ObjectSite(path, record, schema));
    for (RecordComponent component : record.getRecordComponents()) {
      String fieldPath = path + "." + component.getName();
      JsonNode property = schema.get("properties").get(component.getName());
      if (property == null) {
        continue; // reported by schemaPropertiesAreTheRecordComponents
      }
      JsonNode resolved = resolve(property, document);
      fields.add(new FieldSite(fieldPath, component, resolved));
      Class<?> nested = nestedRecord(component);
      if (nested != null) {
        JsonNode objectSchema =
            component.getType() == List.class ? resolve(resolved.get("items"), document) : resolved;
        collect(fieldPath, nested, objectSchema, document, sites, fields);
      }
    }
  }

  /** The record type of a component, or of the elements of a list component; else null. */
  private static Class<?> nestedRecord(RecordComponent component) {
    if (component.getType().isRecord()) {
      return component.getType();
    }
    if (component.getType() == List.class
        && component.getGenericType() instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
        return elementClass;
      }
    }
    return null;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode document) {
    if (schema.has("$ref")) {
      String reference = schema.get("$ref").stringValue();
      assertThat(reference).startsWith("#/$defs/");
      return document.get("$defs").get(reference.substring("#/$defs/".length()));
    }
    return schema;
  }

  private static boolean admitsNull(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      return type.values().stream().anyMatch(value -> "null".equals(value.stringValue()));
    }
    return "null".equals(type.stringValue());
  }

  private static Set<String> names(java.util.Collection<String> names) {
    return new HashSet<>(names);
  }

  private static Set<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toSet());
  }
}
