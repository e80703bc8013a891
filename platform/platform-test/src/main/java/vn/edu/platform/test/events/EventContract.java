package vn.edu.platform.test.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.events.EventCatalog;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;

/**
 * The contract test of a published event, as a consumer in another system sees it: the record read
 * from the topic carries the CloudEvents headers, is keyed by its subject, and its JSON payload
 * validates against the JSON Schema published in {@code platform-events}.
 */
public final class EventContract {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern RFC3339_UTC =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private EventContract() {}

  /**
   * Checks one record against the contract of {@code eventClass}.
   *
   * @throws AssertionError listing every breach
   */
  public static void assertConforms(
      ConsumerRecord<String, String> record, Class<? extends IntegrationEvent> eventClass) {
    EventType type = EventCatalog.descriptorOf(eventClass);
    List<String> breaches = new ArrayList<>();
    expect(breaches, record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
    expect(breaches, record, CloudEventHeaders.TYPE, type.type());
    expect(breaches, record, CloudEventHeaders.SOURCE, type.source());
    expect(breaches, record, CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.dataSchemaOf(type));
    expect(breaches, record, CloudEventHeaders.SUBJECT, record.key());
    if (!type.topic().equals(record.topic())) {
      breaches.add("topic is " + record.topic() + ", the contract says " + type.topic());
    }
    String time = header(record, CloudEventHeaders.TIME);
    if (time == null || !RFC3339_UTC.matcher(time).matches()) {
      breaches.add(CloudEventHeaders.TIME + " is not an RFC 3339 UTC time: " + time);
    }
    JsonNode payload = JSON.readTree(record.value());
    String id = header(record, CloudEventHeaders.ID);
    if (id == null || !id.equals(payload.path("eventId").asString())) {
      breaches.add(CloudEventHeaders.ID + " " + id + " differs from the payload's eventId");
    }
    for (Error error : schemaOf(eventClass).validate(payload)) {
      breaches.add("payload: " + error);
    }
    if (!breaches.isEmpty()) {
      throw new AssertionError(
          "Record "
              + record.topic()
              + "@"
              + record.offset()
              + " breaks the contract of "
              + type.type()
              + " v"
              + type.version()
              + ":\n  "
              + String.join("\n  ", breaches));
    }
  }

  private static Schema schemaOf(Class<? extends IntegrationEvent> eventClass) {
    String resource = EventCatalog.schemaResource(eventClass);
    try (InputStream in = eventClass.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("No published schema at " + resource);
      }
      return REGISTRY.getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expect(
      List<String> breaches, ConsumerRecord<?, ?> record, String name, String expected) {
    String actual = header(record, name);
    if (!expected.equals(actual)) {
      breaches.add(name + " is " + actual + ", expected " + expected);
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
