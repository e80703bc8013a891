/**
 * The public integration events of the platform: what one service tells the others (and outside
 * systems) through Kafka. Each event is an immutable, self-validating record implementing {@link
 * vn.edu.platform.events.IntegrationEvent}, named on the wire by {@link
 * vn.edu.platform.events.EventType}, sent to one of the {@link vn.edu.platform.events.Topics} with
 * the CloudEvents headers of {@link vn.edu.platform.events.CloudEventHeaders}, and described by a
 * JSON Schema under {@code vn/edu/platform/events/schemas/}; {@link
 * vn.edu.platform.events.EventCatalog} lists them all. Events of each service live in a subpackage
 * named after it. This module depends on nothing but Jackson's annotations, so any JVM consumer can
 * use it.
 */
package vn.edu.platform.events;
