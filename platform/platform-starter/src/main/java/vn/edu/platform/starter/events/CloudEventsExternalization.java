package vn.edu.platform.starter.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;

/**
 * How the outbox relay (Spring Modulith's externalizer) puts an {@link IntegrationEvent} on Kafka:
 * topic from {@link EventType#topic()}, record key = {@link IntegrationEvent#subject()} (one
 * aggregate's events stay in one partition, in order), JSON payload, and the CloudEvents envelope
 * in binary-mode headers. Header values are raw UTF-8 bytes so that any Kafka client, not only
 * Spring, reads them as plain strings.
 */
public final class CloudEventsExternalization {

  private CloudEventsExternalization() {}

  public static EventExternalizationConfiguration configuration() {
    return EventExternalizationConfiguration.externalizing()
        .select(CloudEventsExternalization::isIntegrationEvent)
        .routeAll(
            event -> {
              EventType type = event.getClass().getAnnotation(EventType.class);
              return RoutingTarget.forTarget(type.topic())
                  .andKey(((IntegrationEvent) event).subject());
            })
        .headers(CloudEventsExternalization::headersOf)
        .build();
  }

  static boolean isIntegrationEvent(Object event) {
    return event instanceof IntegrationEvent
        && event.getClass().getAnnotation(EventType.class) != null;
  }

  public static Map<String, Object> headersOf(Object event) {
    IntegrationEvent integrationEvent = (IntegrationEvent) event;
    EventType type = event.getClass().getAnnotation(EventType.class);
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE));
    headers.put(CloudEventHeaders.ID, bytes(integrationEvent.eventId().toString()));
    headers.put(CloudEventHeaders.SOURCE, bytes(type.source()));
    headers.put(CloudEventHeaders.TYPE, bytes(type.type()));
    headers.put(CloudEventHeaders.SUBJECT, bytes(integrationEvent.subject()));
    headers.put(
        CloudEventHeaders.TIME,
        bytes(DateTimeFormatter.ISO_INSTANT.format(integrationEvent.occurredAt())));
    headers.put(CloudEventHeaders.DATA_SCHEMA, bytes(CloudEventHeaders.dataSchemaOf(type)));
    headers.put(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
    return headers;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
