-- Idempotency-Key records (IETF draft "The Idempotency-Key HTTP Header Field"): one per caller and
-- key. A row is IN_PROGRESS while the first request runs, then holds the response to replay.
CREATE TABLE idempotency_key
(
  caller          TEXT        NOT NULL,
  idem_key        TEXT        NOT NULL,
  request_hash    TEXT        NOT NULL,
  method          TEXT        NOT NULL,
  path            TEXT        NOT NULL,
  state           TEXT        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
  response_status INT,
  response_type   TEXT,
  response_location TEXT,
  response_etag   TEXT,
  response_body   BYTEA,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  completed_at    TIMESTAMPTZ,
  expires_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
