package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/**
 * Is this record authentic? Every signature it carries is verified against the document rebuilt
 * from what is stored (so a value changed in the database breaks it), and the answer says who
 * signed, when, and whether a later version corrected it.
 */
public interface VerifyRecordsUseCase {

  record SignatureCheck(RecordSignature signature, VerificationReport report) {}

  /**
   * @param authentic every expected signature present and valid (none yet: false)
   * @param correctedBy the version that superseded this one, if any
   */
  record RecordCheck(
      UUID recordId,
      String studentCode,
      String schoolYear,
      int version,
      RecordStatus status,
      boolean authentic,
      List<SignatureCheck> signatures,
      List<SignerRole> missingSignatures,
      @Nullable UUID correctedBy) {}

  RecordCheck verify(Actor actor, UUID recordId);

  /**
   * The same verification, with the record, for a reader without an account whom another feature
   * authorised for this one record: the holder of the verification code printed on an extract of
   * it, which the extracts feature checked against its log before calling. There is no {@link
   * Actor} to decide on, so the caller's check is the authorisation; the read is written to the
   * audit trail with {@code purpose}.
   *
   * @return empty when no record has this id
   */
  Optional<AuthorisedCheck> verifyAuthorised(UUID recordId, String purpose);

  /** A record and its verification, for {@link #verifyAuthorised}. */
  record AuthorisedCheck(SchoolRecord record, RecordCheck check) {}
}
