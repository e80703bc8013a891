package vn.edu.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A public integration event: an immutable fact one service publishes for the others.
 *
 * <p>Every event is a record that implements this interface and carries {@link EventType}. On Kafka
 * the record is the JSON payload; its envelope travels in CloudEvents headers ({@link
 * CloudEventHeaders}): {@code ce_id} = {@link #eventId()}, {@code ce_time} = {@link #occurredAt()},
 * {@code ce_subject} = {@link #subject()} (also the record key, so one aggregate's events stay in
 * order), {@code ce_type}, {@code ce_source} and {@code ce_dataschema} from {@link EventType}.
 *
 * <p>Payloads carry identifiers and codes, not personal data: a consumer that needs a person's
 * details asks the owning service, which checks its purpose and audits the read.
 */
public interface IntegrationEvent {

  /** Unique id of this event; consumers deduplicate on it. */
  UUID eventId();

  /** When the fact happened (UTC instant). */
  Instant occurredAt();

  /** Id of the aggregate the event is about; the Kafka record key. */
  String subject();
}
