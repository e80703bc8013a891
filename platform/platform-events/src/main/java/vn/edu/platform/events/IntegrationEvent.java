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
 *
 * <p>The JSON payload is exactly the record's components, so {@code eventId} and {@code occurredAt}
 * appear in it as well as in the headers. {@link #subject()} is derived from a component (the unit
 * code, the plan id...) and is not serialised. Keep events free of other derived accessors, and
 * never name one {@code getX}/{@code isX}: Jackson would write it as an extra property, which the
 * schema ({@code additionalProperties: false}) rejects. {@link EventCatalog} lists every event and
 * the serialisation settings producers use.
 */
public interface IntegrationEvent {

  /** Unique id of this event; consumers deduplicate on it. */
  UUID eventId();

  /** When the fact happened (UTC instant). */
  Instant occurredAt();

  /**
   * Id of the aggregate the event is about, as text: the Kafka record key and {@code ce_subject}.
   */
  String subject();
}
