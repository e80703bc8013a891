-- The province's register of signers (sổ đăng ký người ký): the department's certificate
-- requests, the registered certificates of the people who sign for a school or the department,
-- their revocations, and the delegations to sign on behalf of a role. The certificate itself is not
-- kept: the register decides on these facts, and every signature carries its certificate.

CREATE TABLE signer_certificate_request
(
  id                    UUID PRIMARY KEY,
  kind                  TEXT        NOT NULL CHECK (kind IN ('ISSUE', 'RENEWAL')),
  holder_login          TEXT        NOT NULL,
  holder_name           TEXT        NOT NULL,
  unit_code             TEXT        NOT NULL,
  role                  TEXT        NOT NULL CHECK (role IN ('HOMEROOM_TEACHER', 'PRINCIPAL', 'VICE_PRINCIPAL', 'DIRECTOR', 'DEPUTY_DIRECTOR')),
  renews_certificate_id UUID,
  note                  TEXT CHECK (char_length(note) <= 2000),
  status                TEXT        NOT NULL CHECK (status IN ('OPEN', 'FULFILLED', 'WITHDRAWN')),
  certificate_id        UUID,
  withdrawal_reason     TEXT CHECK (char_length(withdrawal_reason) <= 2000),
  requested_at          TIMESTAMPTZ NOT NULL,
  closed_at             TIMESTAMPTZ,
  revision              BIGINT      NOT NULL,
  CHECK ((kind = 'RENEWAL') = (renews_certificate_id IS NOT NULL)),
  CHECK ((status = 'FULFILLED') = (certificate_id IS NOT NULL)),
  CHECK ((status = 'WITHDRAWN') = (withdrawal_reason IS NOT NULL)),
  CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
-- one open request per holder, unit and role: the same request sent twice is not asked twice
CREATE UNIQUE INDEX signer_certificate_request_open_key
  ON signer_certificate_request (holder_login, unit_code, role) WHERE status = 'OPEN';
CREATE INDEX signer_certificate_request_unit_idx
  ON signer_certificate_request (unit_code, requested_at DESC);

CREATE TABLE signer_certificate
(
  id                         UUID PRIMARY KEY,
  holder_login               TEXT        NOT NULL,
  holder_name                TEXT        NOT NULL,
  unit_code                  TEXT        NOT NULL,
  role                       TEXT        NOT NULL CHECK (role IN ('HOMEROOM_TEACHER', 'PRINCIPAL', 'VICE_PRINCIPAL', 'DIRECTOR', 'DEPUTY_DIRECTOR')),
  serial_number              TEXT        NOT NULL CHECK (serial_number ~ '^[0-9a-f]{1,64}$'),
  issuer_dn                  TEXT        NOT NULL,
  -- SHA-256 of the DER encoding: what the check and the replicas look a certificate up by
  fingerprint                TEXT        NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  not_before                 TIMESTAMPTZ NOT NULL,
  not_after                  TIMESTAMPTZ NOT NULL,
  status                     TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
  revocation_effective_at    TIMESTAMPTZ,
  revocation_decision_number TEXT,
  revocation_decision_date   DATE,
  revocation_reason          TEXT CHECK (char_length(revocation_reason) <= 2000),
  revoked_at                 TIMESTAMPTZ,
  request_id                 UUID REFERENCES signer_certificate_request (id),
  registered_at              TIMESTAMPTZ NOT NULL,
  revision                   BIGINT      NOT NULL,
  CHECK (not_before <= not_after),
  CHECK ((status = 'REVOKED') = (revocation_effective_at IS NOT NULL)),
  CHECK ((status = 'REVOKED') = (revocation_decision_number IS NOT NULL)),
  CHECK ((status = 'REVOKED') = (revocation_decision_date IS NOT NULL)),
  CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE UNIQUE INDEX signer_certificate_fingerprint_key ON signer_certificate (fingerprint);
-- RFC 5280: a CA gives each certificate a serial number of its own
CREATE UNIQUE INDEX signer_certificate_issuer_serial_key
  ON signer_certificate (issuer_dn, serial_number);
CREATE INDEX signer_certificate_unit_idx
  ON signer_certificate (unit_code, registered_at DESC);
CREATE INDEX signer_certificate_holder_idx ON signer_certificate (holder_login);

ALTER TABLE signer_certificate_request
  ADD FOREIGN KEY (renews_certificate_id) REFERENCES signer_certificate (id),
  ADD FOREIGN KEY (certificate_id) REFERENCES signer_certificate (id);

-- A registered certificate's facts never change, and a revoked one never changes again, whatever
-- the code path: the register's history is what the replicas were told.
CREATE FUNCTION signer_certificate_guard() RETURNS trigger AS
$$
BEGIN
  IF OLD.status = 'REVOKED'
    OR NEW.holder_login IS DISTINCT FROM OLD.holder_login
    OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
    OR NEW.role IS DISTINCT FROM OLD.role
    OR NEW.serial_number IS DISTINCT FROM OLD.serial_number
    OR NEW.issuer_dn IS DISTINCT FROM OLD.issuer_dn
    OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint
    OR NEW.not_before IS DISTINCT FROM OLD.not_before
    OR NEW.not_after IS DISTINCT FROM OLD.not_after THEN
    RAISE EXCEPTION 'signer certificate % is immutable (%)', OLD.id, OLD.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER signer_certificate_guard
  BEFORE UPDATE ON signer_certificate
  FOR EACH ROW EXECUTE FUNCTION signer_certificate_guard();

CREATE TABLE signing_delegation
(
  id                     UUID PRIMARY KEY,
  delegator_unit_code    TEXT        NOT NULL,
  delegator_role         TEXT        NOT NULL CHECK (delegator_role IN ('HOMEROOM_TEACHER', 'PRINCIPAL', 'VICE_PRINCIPAL', 'DIRECTOR', 'DEPUTY_DIRECTOR')),
  delegate_login         TEXT        NOT NULL,
  decision_number        TEXT        NOT NULL,
  decision_date          DATE        NOT NULL,
  valid_from             DATE        NOT NULL,
  valid_to               DATE        NOT NULL,
  -- the ending decision, if the delegation was ended before its term
  ending_last_day        DATE,
  ending_decision_number TEXT,
  ending_decision_date   DATE,
  ended_at               TIMESTAMPTZ,
  granted_at             TIMESTAMPTZ NOT NULL,
  revision               BIGINT      NOT NULL,
  CHECK (valid_from <= valid_to),
  CHECK ((ending_last_day IS NULL) = (ended_at IS NULL)),
  CHECK ((ending_last_day IS NULL) = (ending_decision_number IS NULL)),
  CHECK ((ending_last_day IS NULL) = (ending_decision_date IS NULL)),
  CHECK (ending_last_day IS NULL
    OR (ending_last_day <= valid_to AND ending_last_day >= valid_from - 1))
);
-- the check's lookup: the delegations of a role of a unit to a person
CREATE INDEX signing_delegation_delegate_idx
  ON signing_delegation (delegator_unit_code, delegator_role, delegate_login);
CREATE INDEX signing_delegation_unit_idx
  ON signing_delegation (delegator_unit_code, granted_at DESC);
