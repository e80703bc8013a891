package vn.edu.platform.studentrecord.extract.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/** The school records the extracts reproduce, read through the record feature. */
public interface SignedRecords {

  /**
   * The record as {@code actor} may read it, decided (and audited when read from outside the owning
   * school) by the record feature: {@code record-not-found} when they may not.
   */
  ReadRecord readableBy(Actor actor, UUID recordId);

  /**
   * The record and the verification of its signatures for the holder of a verification code the
   * caller checked, without an account; audited with {@code purpose}. Empty when no signed record
   * has this id.
   */
  Optional<VerifiedRecord> verifiedForCodeHolder(UUID recordId, String purpose);

  /** A record as read: signed by the principal (so it has extracts), or not yet. */
  sealed interface ReadRecord {

    UUID recordId();

    /** The school that owns the record. */
    String schoolCode();
  }

  /** A record the principal signed, as the extract reproduces it. */
  record Signed(ExtractedRecord record) implements ReadRecord {

    @Override
    public UUID recordId() {
      return record.recordId();
    }

    @Override
    public String schoolCode() {
      return record.schoolCode();
    }
  }

  /**
   * A record the principal has not signed (yet).
   *
   * @param status its workflow state, e.g. {@code CONFIRMED}
   */
  record Unsigned(UUID recordId, String schoolCode, String status) implements ReadRecord {}

  /**
   * @param authentic every expected signature present and valid over the stored record
   */
  record VerifiedRecord(
      ExtractedRecord record, boolean authentic, List<SignatureCheck> signatures) {

    public VerifiedRecord {
      signatures = List.copyOf(signatures);
    }
  }
}
