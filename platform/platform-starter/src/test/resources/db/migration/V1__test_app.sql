-- Tables of the starter's test application (features under vn.edu.platform.starter.testapp).
CREATE TABLE sample_note
(
  id         UUID PRIMARY KEY,
  unit_code  TEXT        NOT NULL,
  text       TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sample_note_projection
(
  note_id     UUID PRIMARY KEY,
  times_seen  INT NOT NULL
);
