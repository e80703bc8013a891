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

  /**
   * Refuses, before the package is read, a caller who may not import for the student: the
   * administrator or principal of the school of the student's current enrolment. Another school's
   * student, or one without a current enrolment, is not found ({@code student-not-enrolled}, 404);
   * other staff of the school are refused (403).
   */
  void requireImporter(Actor actor, String studentCode);

  /** What became of one packaged record. */
  enum ImportOutcome {
    /** Stored here now, as signed elsewhere, locked. */
    IMPORTED,
    /** This service holds the record already (same id, same document): nothing stored. */
    ALREADY_HELD
  }

  /** One packaged record's outcome, with its signatures' verdicts (all valid). */
  record ImportedRecord(
      int index,
      UUID recordId,
      String schoolYear,
      int version,
      String schoolCode,
      int grade,
      ImportOutcome outcome,
      List<SignatureCheck> signatures) {}

  /**
   * @param importId the import that stored the new records; null when every record was held here
   * @param schoolCode the importing school, which holds the imported records
   */
  record ImportResult(
      @Nullable UUID importId,
      String studentCode,
      String schoolCode,
      List<ImportedRecord> records) {

    public long imported() {
      return records.stream().filter(r -> r.outcome() == ImportOutcome.IMPORTED).count();
    }
  }

  /**
   * Imports a package at the receiving school: every record verified (both signatures valid over
   * its document as given, the student the path's) and either held here already (same record id and
   * document) or stored as an imported record. Any record refused ({@code record-package}, one
   * error per record at {@code /records/<i>}): nothing is stored.
   */
  ImportResult importPackage(Actor actor, String studentCode, RecordPackage recordPackage);
}
