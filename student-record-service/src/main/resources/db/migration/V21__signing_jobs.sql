-- Bulk signing jobs: one per signing action of a homeroom teacher (a class) or a principal (a
-- school); the one-time code the signer hands a waiting job is kept only until the job takes it.
CREATE TABLE signing_job
(
  id           UUID PRIMARY KEY,
  school_code  TEXT        NOT NULL,
  school_year  TEXT        NOT NULL,
  role         TEXT        NOT NULL,
  class_id     UUID,
  signer_login TEXT        NOT NULL,
  record_ids   UUID[]      NOT NULL,
  status       TEXT        NOT NULL,
  failure      TEXT,
  signed       INT         NOT NULL DEFAULT 0,
  skipped      INT         NOT NULL DEFAULT 0,
  pending_code TEXT,
  created_at   TIMESTAMPTZ NOT NULL,
  finished_at  TIMESTAMPTZ
);
CREATE INDEX signing_job_school_idx ON signing_job (school_code, created_at DESC);
