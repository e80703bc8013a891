-- Bulk imports (vn.edu.platform.starter.imports). One row per uploaded file and import type; the
-- worker advances counters and checkpoint_row in the same transaction as each applied chunk, which
-- is what makes a job resumable without applying a row twice.
CREATE TABLE import_job
(
  id             UUID        NOT NULL PRIMARY KEY,
  type           TEXT        NOT NULL,
  status         TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
  file_name      TEXT        NOT NULL,
  format         TEXT        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  file_sha256    TEXT        NOT NULL,
  file_size      BIGINT      NOT NULL,
  submitted_by   TEXT        NOT NULL,
  org_unit       TEXT,
  -- data rows in the file, counted by the job's first pass (null until then); drives the percentage
  rows_total     BIGINT,
  rows_read      BIGINT      NOT NULL DEFAULT 0,
  rows_accepted  BIGINT      NOT NULL DEFAULT 0,
  rows_rejected  BIGINT      NOT NULL DEFAULT 0,
  -- last file row (spreadsheet numbering, header = 1) whose chunk is committed
  checkpoint_row BIGINT      NOT NULL DEFAULT 0,
  -- claims so far; also the fencing token a worker must still hold to commit a chunk
  attempts       INT         NOT NULL DEFAULT 0,
  lease_owner    TEXT,
  lease_until    TIMESTAMPTZ,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at     TIMESTAMPTZ,
  finished_at    TIMESTAMPTZ,
  failure_code   TEXT,
  failure_row    BIGINT
);

-- The same file uploaded again for the same type and unit is the same job (idempotent upload).
CREATE UNIQUE INDEX import_job_same_file_uq ON import_job (type, coalesce(org_unit, ''), file_sha256);
-- What the worker polls: queued jobs and running jobs whose lease may have expired.
CREATE INDEX import_job_claimable_idx ON import_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX import_job_org_unit_idx ON import_job (org_unit, created_at DESC);

-- One row per violation; a rejected row may have several (one per bad cell).
CREATE TABLE import_row_error
(
  job_id      UUID   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
  row_number  BIGINT NOT NULL,
  seq         INT    NOT NULL,
  column_key  TEXT,
  column_name TEXT,
  code        TEXT   NOT NULL,
  message     TEXT   NOT NULL,
  PRIMARY KEY (job_id, row_number, seq)
);
