-- The province's students (feature student): identities under the sector's student code, their
-- sensitive data apart, the classes of the schools' years, the enrolments in them, the transfers
-- between schools, the guardians, and the bulk import's ledger of applied codes. Unit codes are the
-- organisation tree's (its replica in the platform schema); they are not foreign keys, since units
-- close and merge while the students' history stays.

CREATE TABLE student
(
  -- mã định danh học sinh: assigned by the sector database, never changed (trigger below)
  student_code         TEXT PRIMARY KEY CHECK (student_code ~ '^[0-9]{10}$'),
  full_name            TEXT        NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 200),
  -- the full name folded (lower case, no diacritics) for searching, and the class-list order
  -- (given name first)
  name_key             TEXT        NOT NULL,
  sort_key             TEXT        NOT NULL,
  date_of_birth        DATE        NOT NULL CHECK (date_of_birth >= DATE '1990-01-01'),
  place_of_birth       TEXT        NOT NULL CHECK (char_length(place_of_birth) BETWEEN 1 AND 200),
  sex                  TEXT        NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  personal_id          TEXT CHECK (personal_id ~ '^[0-9]{12}$'),
  personal_id_verified BOOLEAN     NOT NULL,
  -- the school holding the student's file now, and the one that registered the student
  school_code          TEXT        NOT NULL,
  registered_by        TEXT        NOT NULL,
  registered_at        TIMESTAMPTZ NOT NULL,
  revision             BIGINT      NOT NULL,
  CHECK (personal_id IS NOT NULL OR NOT personal_id_verified)
);
CREATE UNIQUE INDEX student_personal_id_key ON student (personal_id) WHERE personal_id IS NOT NULL;
CREATE INDEX student_school_idx ON student (school_code, sort_key);

CREATE FUNCTION student_code_guard() RETURNS trigger AS
$$
BEGIN
  IF NEW.student_code IS DISTINCT FROM OLD.student_code THEN
    RAISE EXCEPTION 'a student code never changes' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER student_code_guard
  BEFORE UPDATE ON student
  FOR EACH ROW EXECUTE FUNCTION student_code_guard();

-- Sensitive personal data (Law 91/2025/QH15): the ethnic group and a disability, read by fewer
-- people than the identity and so kept apart.
CREATE TABLE student_sensitive_data
(
  student_code     TEXT PRIMARY KEY REFERENCES student (student_code),
  ethnicity_code   TEXT CHECK (ethnicity_code ~ '^(0[1-9]|[1-4][0-9]|5[0-4])$'),
  disability_kind  TEXT CHECK (disability_kind IN ('MOBILITY', 'HEARING_SPEECH', 'VISION', 'MENTAL', 'INTELLECTUAL', 'OTHER')),
  disability_level TEXT CHECK (disability_level IN ('PARTICULARLY_SEVERE', 'SEVERE', 'MILD')),
  updated_at       TIMESTAMPTZ NOT NULL,
  revision         BIGINT      NOT NULL,
  CHECK ((disability_kind IS NULL) = (disability_level IS NULL))
);

CREATE TABLE school_class
(
  id               UUID PRIMARY KEY,
  school_code      TEXT        NOT NULL,
  school_year      TEXT        NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
  grade            INTEGER     NOT NULL CHECK (grade BETWEEN 1 AND 12),
  name             TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 30),
  homeroom_teacher TEXT,
  created_at       TIMESTAMPTZ NOT NULL,
  revision         BIGINT      NOT NULL,
  UNIQUE (school_code, school_year, name)
);

CREATE TABLE enrolment
(
  id           UUID PRIMARY KEY,
  student_code TEXT        NOT NULL REFERENCES student (student_code),
  class_id     UUID        NOT NULL REFERENCES school_class (id),
  school_code  TEXT        NOT NULL,
  school_year  TEXT        NOT NULL,
  grade        INTEGER     NOT NULL CHECK (grade BETWEEN 1 AND 12),
  starts_on    DATE        NOT NULL,
  ends_on      DATE,
  end_reason   TEXT CHECK (end_reason IN ('CLASS_CHANGED', 'TRANSFERRED')),
  -- at a receiving school: the transfer this enrolment took up
  transfer_id  UUID,
  created_at   TIMESTAMPTZ NOT NULL,
  revision     BIGINT      NOT NULL,
  CHECK ((ends_on IS NULL) = (end_reason IS NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
-- one open enrolment per student and school year
CREATE UNIQUE INDEX enrolment_open_key ON enrolment (student_code, school_year) WHERE ends_on IS NULL;
CREATE INDEX enrolment_student_idx ON enrolment (student_code, starts_on);
CREATE INDEX enrolment_class_idx ON enrolment (class_id) WHERE ends_on IS NULL;
CREATE INDEX enrolment_school_year_idx ON enrolment (school_code, school_year);

CREATE TABLE transfer
(
  id                           UUID PRIMARY KEY,
  student_code                 TEXT        NOT NULL REFERENCES student (student_code),
  from_school_code             TEXT        NOT NULL,
  to_school_code               TEXT,
  destination_outside_province TEXT CHECK (char_length(destination_outside_province) <= 500),
  last_day                     DATE        NOT NULL,
  reason                       TEXT        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
  ended_enrolment_id           UUID        NOT NULL REFERENCES enrolment (id),
  school_year                  TEXT        NOT NULL,
  grade                        INTEGER     NOT NULL,
  class_name                   TEXT        NOT NULL,
  status                       TEXT        NOT NULL CHECK (status IN ('PENDING', 'TAKEN_UP', 'LEFT_PROVINCE')),
  taken_up_by                  UUID REFERENCES enrolment (id),
  recorded_at                  TIMESTAMPTZ NOT NULL,
  revision                     BIGINT      NOT NULL,
  CHECK ((to_school_code IS NULL) <> (destination_outside_province IS NULL)),
  CHECK ((status = 'LEFT_PROVINCE') = (to_school_code IS NULL)),
  CHECK ((status = 'TAKEN_UP') = (taken_up_by IS NOT NULL))
);
CREATE INDEX transfer_student_idx ON transfer (student_code, last_day);
-- a student waits for one receiving school at most
CREATE UNIQUE INDEX transfer_pending_key ON transfer (student_code) WHERE status = 'PENDING';

ALTER TABLE enrolment ADD FOREIGN KEY (transfer_id) REFERENCES transfer (id);

CREATE TABLE guardian
(
  id                   UUID PRIMARY KEY,
  student_code         TEXT        NOT NULL REFERENCES student (student_code),
  full_name            TEXT        NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 200),
  relationship         TEXT        NOT NULL CHECK (relationship IN ('FATHER', 'MOTHER', 'GUARDIAN', 'OTHER')),
  legal_representative BOOLEAN     NOT NULL,
  phone                TEXT CHECK (phone ~ '^(0|\+84)[0-9]{9}$'),
  -- the legal representative's consent to the digital record: when, and how it was recorded
  consent_given_on     DATE,
  consent_recorded_as  TEXT CHECK (char_length(consent_recorded_as) <= 200),
  -- the linked citizen account's login: what lets the parent read the student
  account_login        TEXT,
  created_at           TIMESTAMPTZ NOT NULL,
  revision             BIGINT      NOT NULL,
  CHECK ((consent_given_on IS NULL) = (consent_recorded_as IS NULL)),
  CHECK (consent_given_on IS NULL OR legal_representative)
);
CREATE INDEX guardian_student_idx ON guardian (student_code, created_at);
CREATE UNIQUE INDEX guardian_account_key ON guardian (student_code, account_login)
  WHERE account_login IS NOT NULL;
CREATE INDEX guardian_account_idx ON guardian (account_login) WHERE account_login IS NOT NULL;

-- The student codes each bulk import job applied, so a code twice in one file is refused on its
-- second row, also across chunks and after a resumed job (written in the chunk's transaction).
CREATE TABLE student_import_row
(
  job_id       UUID   NOT NULL,
  student_code TEXT   NOT NULL,
  row_number   BIGINT NOT NULL,
  PRIMARY KEY (job_id, student_code)
);
