-- Audit trail of reads and changes of personal records: append-only and hash-chained. Each row's
-- hash covers its content and the previous row's hash, so changing or deleting any row breaks the
-- chain from there on (AuditTrail.verify finds it). The trigger refuses UPDATE and DELETE to the
-- application; only a database superuser disabling it could tamper, and the chain shows that.
CREATE TABLE audit_event
(
  seq            BIGINT PRIMARY KEY,
  id             UUID        NOT NULL UNIQUE,
  occurred_at    TIMESTAMPTZ NOT NULL,
  actor_subject  TEXT        NOT NULL,
  actor_client   TEXT,
  actor_org_unit TEXT,
  action         TEXT        NOT NULL,
  resource_type  TEXT        NOT NULL,
  resource_id    TEXT        NOT NULL,
  org_unit       TEXT,
  purpose        TEXT        NOT NULL,
  outcome        TEXT        NOT NULL,
  trace_id       TEXT,
  prev_hash      TEXT        NOT NULL,
  hash           TEXT        NOT NULL
);
CREATE INDEX audit_event_resource_idx ON audit_event (resource_type, resource_id, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_subject, seq);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
