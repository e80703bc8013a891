-- The school records (học bạ), one row per version; the student registry's tables come from the
-- student feature's migrations (V1-V19), the records' from V20 on.
CREATE TABLE school_record
(
  id                  UUID PRIMARY KEY,
  student_code        TEXT        NOT NULL,
  school_year         TEXT        NOT NULL,
  version             INT         NOT NULL CHECK (version >= 1),
  school_code         TEXT        NOT NULL,
  grade               INT         NOT NULL CHECK (grade BETWEEN 1 AND 12),
  class_id            UUID        NOT NULL,
  class_name          TEXT        NOT NULL,
  homeroom_teacher    TEXT,
  catalogue_version   TEXT        NOT NULL,
  status              TEXT        NOT NULL,
  -- what the school entered, and what the rules computed from it (null while incomplete), as the
  -- document the signatures cover writes them
  content             JSONB       NOT NULL,
  results             JSONB,
  identity            JSONB,
  previous_version_id UUID REFERENCES school_record (id),
  correction_reason   TEXT,
  correction_decision TEXT,
  correction_decision_date DATE,
  superseded_by       UUID,
  completion_confirmed_by TEXT,
  completion_confirmed_at TIMESTAMPTZ,
  created_at          TIMESTAMPTZ NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL,
  revision            BIGINT      NOT NULL,
  UNIQUE (student_code, school_year, version)
);
-- one current version per student and year
CREATE UNIQUE INDEX school_record_current_idx
  ON school_record (student_code, school_year) WHERE superseded_by IS NULL;
CREATE INDEX school_record_school_idx
  ON school_record (school_code, school_year, class_id) WHERE superseded_by IS NULL;

-- The signatures of a record: who signed in which capacity with which registered certificate;
-- the JAdES signature is its batch group's (signature_group), which lists the record's document by
-- name and digest.
CREATE TABLE signature_group
(
  id         UUID PRIMARY KEY,
  job_id     UUID        NOT NULL,
  signature  BYTEA       NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE record_signature
(
  record_id              UUID        NOT NULL REFERENCES school_record (id),
  role                   TEXT        NOT NULL,
  signer_role            TEXT        NOT NULL,
  signer_login           TEXT        NOT NULL,
  certificate_fingerprint TEXT       NOT NULL,
  signed_at              TIMESTAMPTZ NOT NULL,
  delegation_decision    TEXT,
  job_id                 UUID        NOT NULL,
  group_id               UUID        NOT NULL REFERENCES signature_group (id),
  document_name          TEXT        NOT NULL,
  document_digest        TEXT        NOT NULL,
  position               INT         NOT NULL,
  PRIMARY KEY (record_id, role)
);
