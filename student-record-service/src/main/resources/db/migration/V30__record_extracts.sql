-- Extracts of school records (trích lục học bạ): one row per PDF issued, written once. The number
-- is the school's register of the year (school, year, sequence from 1); the verification code is
-- kept only as its SHA-256, and the PDF, handed out once, only as its SHA-256.
CREATE TABLE record_extract
(
  id                     UUID PRIMARY KEY,
  number                 TEXT        NOT NULL UNIQUE,
  school_code            TEXT        NOT NULL,
  school_year            TEXT        NOT NULL,
  sequence               BIGINT      NOT NULL CHECK (sequence >= 1),
  record_id              UUID        NOT NULL REFERENCES school_record (id),
  record_version         INT         NOT NULL CHECK (record_version >= 1),
  student_code           TEXT        NOT NULL,
  grade                  INT         NOT NULL CHECK (grade BETWEEN 1 AND 12),
  issued_by_subject      TEXT        NOT NULL,
  issued_by_login        TEXT,
  issued_by_role         TEXT        NOT NULL CHECK (issued_by_role IN ('PRINCIPAL', 'SCHOOL_ADMIN',
                           'TEACHER', 'DEPARTMENT', 'GOVERNMENT_SYSTEM', 'GUARDIAN')),
  purpose                TEXT        NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
  issued_at              TIMESTAMPTZ NOT NULL,
  verification_code_hash TEXT        NOT NULL UNIQUE CHECK (verification_code_hash ~ '^[0-9a-f]{64}$'),
  pdf_sha256             TEXT        NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  UNIQUE (school_code, school_year, sequence)
);
CREATE INDEX record_extract_record_idx ON record_extract (record_id, sequence);

-- The log is what was handed out: never changed, never deleted, whatever the code path.
CREATE FUNCTION record_extract_guard() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'record extract % is immutable', OLD.number USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER record_extract_guard
  BEFORE UPDATE OR DELETE ON record_extract
  FOR EACH ROW EXECUTE FUNCTION record_extract_guard();

-- The last number given in each school's register of a year; its row is locked by the issuing
-- transaction until it commits (or rolls back, giving the number back), so numbers are sequential
-- without gaps.
CREATE TABLE record_extract_counter
(
  school_code   TEXT   NOT NULL,
  school_year   TEXT   NOT NULL,
  last_sequence BIGINT NOT NULL CHECK (last_sequence >= 1),
  PRIMARY KEY (school_code, school_year)
);
