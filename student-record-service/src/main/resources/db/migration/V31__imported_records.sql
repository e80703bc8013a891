-- Records imported from a transfer package (hồ sơ chuyển trường) of another system, another
-- province's for instance: kept exactly as their school signed them (content, results, identity,
-- placement as the signed document states them), LOCKED for good, with the signatures as received
-- in signature_group / record_signature. The school that imported them holds them here: access to
-- them follows imported_by_school, never the original school_code.
-- (V31, not V22: V30 is applied already wherever the extracts run, and Flyway does not apply
-- migrations out of order.)
ALTER TABLE school_record
  ADD COLUMN import_id          UUID,
  ADD COLUMN imported_by_school TEXT,
  ADD COLUMN imported_by        TEXT,
  ADD COLUMN imported_at        TIMESTAMPTZ,
  ADD CONSTRAINT school_record_import_check CHECK (
    (import_id IS NULL AND imported_by_school IS NULL AND imported_by IS NULL
       AND imported_at IS NULL)
    OR (import_id IS NOT NULL AND imported_by_school IS NOT NULL AND imported_at IS NOT NULL
       AND status = 'LOCKED'));

CREATE INDEX school_record_import_idx ON school_record (import_id) WHERE import_id IS NOT NULL;

-- An imported record never changes: the bytes its signatures cover are rebuilt from this row.
CREATE FUNCTION school_record_imported_guard() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'school_record %: an imported record is not changed', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER school_record_imported_guard
  BEFORE UPDATE ON school_record
  FOR EACH ROW WHEN (OLD.import_id IS NOT NULL)
  EXECUTE FUNCTION school_record_imported_guard();

-- A signature received with an imported record: its signer has no login here.
ALTER TABLE record_signature ALTER COLUMN signer_login DROP NOT NULL;
