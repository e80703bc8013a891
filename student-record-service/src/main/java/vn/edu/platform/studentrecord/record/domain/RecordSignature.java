package vn.edu.platform.studentrecord.record.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;

/**
 * One signature of a record, as the record knows it (the JAdES signature itself is stored beside
 * it, see the service README): who signed in which capacity, with which registered certificate, and
 * when.
 *
 * @param role {@code HOMEROOM_TEACHER}, or {@code PRINCIPAL} (also when a vice-principal signs on
 *     the principal's behalf: then {@code signerRole} is {@code VICE_PRINCIPAL})
 * @param signerRole the capacity the certificate is registered in
 * @param certificateFingerprint SHA-256 of the signing certificate, lower-case hexadecimal
 * @param delegationDecision the delegation's decision number when signed on behalf of the principal
 * @param signerLogin the signer's login; null for a signature received with an imported record,
 *     whose signer has no login here
 * @param jobId the signing job that made it, or the import that brought it
 */
public record RecordSignature(
    SignerRole role,
    SignerRole signerRole,
    @Nullable String signerLogin,
    String certificateFingerprint,
    Instant signedAt,
    @Nullable String delegationDecision,
    UUID jobId) {

  public RecordSignature {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(signerRole, "signerRole");
    Objects.requireNonNull(certificateFingerprint, "certificateFingerprint");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(jobId, "jobId");
    if (role != SignerRole.HOMEROOM_TEACHER && role != SignerRole.PRINCIPAL) {
      throw new IllegalArgumentException("a record is signed as homeroom teacher or principal");
    }
  }
}
