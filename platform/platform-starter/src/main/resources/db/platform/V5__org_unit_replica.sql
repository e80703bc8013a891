-- A service's local replica of the organisation tree owned by plan-service, fed by OrgUnitChanged
-- events (latest revision per unit). Used by OrgScope to answer "may this caller act on unit X?".
CREATE TABLE org_unit_replica
(
  code        TEXT PRIMARY KEY,
  kind        TEXT        NOT NULL,
  parent_code TEXT,
  valid_from  DATE        NOT NULL,
  valid_to    DATE,
  revision    BIGINT      NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX org_unit_replica_parent_idx ON org_unit_replica (parent_code);
