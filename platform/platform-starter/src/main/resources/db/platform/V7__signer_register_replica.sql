-- A signing service's replica of the register of signers owned by plan-service (ADR 0014), fed by
-- SignerCertificateRegistered/Revoked and SigningDelegationGranted/Ended. Empty, and never read, in
-- services that do not sign (platform.signer-register-replica.enabled=false).
CREATE TABLE signer_certificate_replica
(
  certificate_id          UUID PRIMARY KEY,
  fingerprint             TEXT        NOT NULL UNIQUE,
  holder_login            TEXT        NOT NULL,
  unit_code               TEXT        NOT NULL,
  role                    TEXT        NOT NULL,
  serial_number           TEXT        NOT NULL,
  issuer_dn               TEXT        NOT NULL,
  not_before              TIMESTAMPTZ NOT NULL,
  not_after               TIMESTAMPTZ NOT NULL,
  registered_at           TIMESTAMPTZ NOT NULL,
  revoked_effective_at    TIMESTAMPTZ,
  revocation_decision     TEXT,
  revocation_decision_date DATE,
  updated_at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signer_certificate_replica_unit_idx ON signer_certificate_replica (unit_code, role);

CREATE TABLE signing_delegation_replica
(
  delegation_id        UUID PRIMARY KEY,
  delegator_unit_code  TEXT        NOT NULL,
  delegator_role       TEXT        NOT NULL,
  delegate_login       TEXT        NOT NULL,
  decision_number      TEXT        NOT NULL,
  decision_date        DATE        NOT NULL,
  valid_from           DATE        NOT NULL,
  valid_to             DATE        NOT NULL,
  ended_last_day       DATE,
  ending_decision      TEXT,
  ending_decision_date DATE,
  updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signing_delegation_replica_lookup_idx
  ON signing_delegation_replica (delegator_unit_code, delegator_role, delegate_login);
