package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;

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
}
