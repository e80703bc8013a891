-- Outbox: Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith 2.0),
-- kept in the platform schema (spring.modulith.events.jdbc.schema=platform). A row is written in the
-- business transaction and completed once Kafka acknowledged the record.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Inbox: one row per (consumer, event id) handled, written in the same transaction as the effect,
-- so a redelivered event is recognised and skipped.
CREATE TABLE inbox_event
(
  consumer     TEXT        NOT NULL,
  event_id     TEXT        NOT NULL,
  event_type   TEXT        NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_event_received_at_idx ON inbox_event (received_at);
