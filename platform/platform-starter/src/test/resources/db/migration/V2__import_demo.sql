-- Tables of the demo import types of the starter's test application (testapp.imports).
-- Units: the primary key is what makes a repeated unit code a row the store rejects.
CREATE TABLE import_demo_unit
(
  code      TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  founded   DATE,
  students  INT,
  kind      TEXT,
  org_unit  TEXT,
  job_id    UUID NOT NULL
);

-- Ledger: deliberately without a unique key, so that a row applied twice after a resume would be
-- counted twice instead of being refused.
CREATE TABLE import_demo_ledger
(
  job_id    UUID   NOT NULL,
  entry_id  BIGINT NOT NULL,
  text      TEXT   NOT NULL
);
