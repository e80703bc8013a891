-- The organisation tree over time, owned by plan-service (the other services keep replicas).
CREATE TABLE org_unit
(
  code                TEXT PRIMARY KEY,
  name                TEXT        NOT NULL,
  kind                TEXT        NOT NULL CHECK (kind IN ('DEPARTMENT', 'DIVISION', 'DISTRICT', 'COMMUNE',
                                                           'PEOPLES_COMMITTEE', 'SCHOOL')),
  school_level        TEXT,
  ownership           TEXT,
  administrative_code TEXT,
  valid_from          DATE        NOT NULL,
  valid_to            DATE,
  successor_codes     TEXT[]      NOT NULL DEFAULT '{}',
  revision            BIGINT      NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- "unit_code sits under parent_code from valid_from to valid_to (inclusive)".
CREATE TABLE org_unit_parent
(
  unit_code   TEXT NOT NULL REFERENCES org_unit (code),
  parent_code TEXT NOT NULL REFERENCES org_unit (code),
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  PRIMARY KEY (unit_code, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (unit_code <> parent_code)
);
CREATE INDEX org_unit_parent_parent_idx ON org_unit_parent (parent_code, valid_from);

-- Bumped by every change, so readers can tell cheaply whether their cached tree is current.
CREATE TABLE org_directory_version
(
  id      INT PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO org_directory_version (id, version) VALUES (1, 0);
