package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;

/**
 * Transfer packages (hồ sơ chuyển trường): a student's signed records as one verifiable file — each
 * record's signed document with its signatures — that another school (also in another province,
 * with its own copy of platform-signing's verifier) checks without asking this service.
 */
public interface RecordPackagesUseCase {

  /** One signature of a packaged record: its group signature and the record's name in it. */
  record PackagedSignature(SignerRole role, String documentName, byte[] signature) {}

  /** One record: its signed document (JSON text) and its signatures. */
  record PackagedRecord(String document, List<PackagedSignature> signatures) {}

  record RecordPackage(String studentCode, List<PackagedRecord> records) {}

  /** Every signed version of the student's records (superseded ones too), oldest first. */
  RecordPackage export(Actor actor, String studentCode);

  record SignatureCheck(SignerRole role, VerificationReport report) {}

  /**
   * One packaged record's verdict: every signature valid over the document as given; and what this
   * service knows of it (its status, the version that corrected it).
   */
  record PackagedRecordCheck(
      int index,
      @Nullable UUID recordId,
      boolean authentic,
      List<SignatureCheck> signatures,
      @Nullable RecordStatus statusHere,
      @Nullable UUID correctedBy) {}

  List<PackagedRecordCheck> verify(RecordPackage recordPackage);
}
