package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.domain.SigningJob;

/**
 * Signing in bulk: one request starts a job that signs every record waiting for the caller's
 * signature in a class (homeroom teacher) or a school (principal), under one confirmation of the
 * signer (the one-time code the CA sends them).
 */
public interface SignRecordsUseCase {

  /**
   * @param role {@code HOMEROOM_TEACHER} or {@code PRINCIPAL}
   * @param classId the class to sign (required for the homeroom teacher; optional for the
   *     principal, who signs the whole school without it)
   * @param recordIds only these records, each of which must be waiting for the signature (409
   *     otherwise); null for all that wait
   */
  record StartSigning(
      Actor actor,
      SignerRole role,
      String schoolCode,
      String schoolYear,
      @Nullable UUID classId,
      @Nullable List<UUID> recordIds) {}

  /** Starts the job: 202, the signature is made in the background. */
  SigningJob start(StartSigning command);

  /** The one-time code the signer received, handed to the waiting job. */
  SigningJob submitCode(Actor actor, UUID jobId, String code);

  SigningJob job(Actor actor, UUID jobId);
}
