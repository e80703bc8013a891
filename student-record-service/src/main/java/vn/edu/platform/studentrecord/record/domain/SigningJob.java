package vn.edu.platform.studentrecord.record.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.signing.register.SignerRole;

/**
 * One signing action (ký số hàng loạt): a homeroom teacher signs all confirmed records of their
 * class, or a principal all records of the school the homeroom teachers signed, in one request and
 * one confirmation (the one-time code the CA sends). Each record gets its own signature entry and
 * verifies on its own; the job says how many were signed, and why it stopped if it failed.
 *
 * @param role the signature the job makes: {@code HOMEROOM_TEACHER} or {@code PRINCIPAL}
 * @param classId the class signed, or null for the whole school
 * @param recordIds the records the job was started on
 * @param failure the stable code of why the job failed, e.g. {@code otp-invalid}, {@code
 *     certificate-revoked}; null unless {@link Status#FAILED}
 * @param signed records signed
 * @param skipped records that changed while the signer confirmed (reopened, say) and were left
 */
public record SigningJob(
    UUID id,
    String schoolCode,
    String schoolYear,
    SignerRole role,
    @Nullable UUID classId,
    String signerLogin,
    List<UUID> recordIds,
    Status status,
    @Nullable String failure,
    int signed,
    int skipped,
    Instant createdAt,
    @Nullable Instant finishedAt) {

  public enum Status {
    /** Checking the signer's certificate and preparing the documents. */
    PREPARING,
    /** The CA sent the signer a one-time code; the job waits for it. */
    AWAITING_CODE,
    /** Signing and storing the signatures. */
    SIGNING,
    COMPLETED,
    FAILED;

    public boolean finished() {
      return this == COMPLETED || this == FAILED;
    }
  }

  public SigningJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    recordIds = List.copyOf(recordIds);
  }

  public static SigningJob start(
      UUID id,
      String schoolCode,
      String schoolYear,
      SignerRole role,
      @Nullable UUID classId,
      String signerLogin,
      List<UUID> recordIds,
      Instant at) {
    if (recordIds.isEmpty()) {
      throw new StateConflict(
          "nothing-to-sign",
          role == SignerRole.HOMEROOM_TEACHER
              ? "No confirmed record waits for the homeroom teacher's signature"
              : "No record signed by the homeroom teacher waits for the principal's signature");
    }
    return new SigningJob(
        id,
        schoolCode,
        schoolYear,
        role,
        classId,
        signerLogin,
        recordIds,
        Status.PREPARING,
        null,
        0,
        0,
        at,
        null);
  }

  public SigningJob awaitingCode() {
    return with(Status.AWAITING_CODE, null, signed, skipped, null);
  }

  public SigningJob signing() {
    return with(Status.SIGNING, null, signed, skipped, null);
  }

  public SigningJob completed(int signedRecords, int skippedRecords, Instant at) {
    return with(Status.COMPLETED, null, signedRecords, skippedRecords, at);
  }

  public SigningJob failed(String code, Instant at) {
    return with(Status.FAILED, code, 0, 0, at);
  }

  private SigningJob with(
      Status newStatus,
      @Nullable String newFailure,
      int newSigned,
      int newSkipped,
      @Nullable Instant at) {
    if (status.finished()) {
      throw new StateConflict("signing-job-finished", "The signing job is " + status);
    }
    return new SigningJob(
        id,
        schoolCode,
        schoolYear,
        role,
        classId,
        signerLogin,
        recordIds,
        newStatus,
        newFailure,
        newSigned,
        newSkipped,
        createdAt,
        at);
  }
}
