package vn.edu.platform.signing.verification;

import java.time.Instant;
import java.util.List;

/**
 * What the verification of one signature established, for a person and a program. The same report
 * for a JAdES signature of a JSON document and a PAdES signature of a PDF.
 *
 * @param verdict valid, invalid, or indeterminate
 * @param reason why, when not valid: ETSI EN 319 102-1's sub-indication (e.g. {@code HASH_FAILURE}
 *     for a changed document, {@code NO_CERTIFICATE_CHAIN_FOUND} for an unknown CA, {@code
 *     REVOKED_NO_POE} for a certificate revoked before the signing time), or {@code
 *     NOT_A_SIGNATURE} for bytes that are no signature DSS can read, or {@code
 *     DOCUMENT_NOT_COVERED} for a batch signature that lists no document of the name given
 * @param documentIntact the signed document is the one given (every digest matches)
 * @param signatureIntact the signature value verifies with the signing certificate's key
 * @param signer who signed, from the signing certificate (null when none was found)
 * @param chainTrusted the signing certificate chains to a configured trust anchor
 * @param certificateStatus the signing certificate's status in the revocation data the signature
 *     carries: {@code GOOD}, {@code REVOKED}, or {@code UNKNOWN} when it carries none
 * @param claimedSigningTime the signing time the signer claims (not a proof)
 * @param timestampTime the time of the earliest signature time-stamp: the proof that the signature
 *     existed then (null without a time-stamp)
 * @param timestamps the number of time-stamps in the signature
 * @param messages DSS's validation errors, in English, for the person reading the report
 */
public record VerificationReport(
    Verdict verdict,
    String reason,
    boolean documentIntact,
    boolean signatureIntact,
    Signer signer,
    boolean chainTrusted,
    CertificateStatus certificateStatus,
    Instant claimedSigningTime,
    Instant timestampTime,
    int timestamps,
    List<String> messages) {

  public VerificationReport {
    messages = List.copyOf(messages);
  }

  public enum Verdict {
    VALID,
    INVALID,
    INDETERMINATE
  }

  public enum CertificateStatus {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  /**
   * The signer as the certificate names them.
   *
   * @param name the person (CN)
   * @param unit the unit (O)
   * @param unitCode the unit's code (OU)
   * @param role the role (T)
   */
  public record Signer(String name, String unit, String unitCode, String role) {}

  /** The report on bytes that are no signature DSS can read. */
  public static VerificationReport notASignature(String message) {
    return invalid("NOT_A_SIGNATURE", message);
  }

  /** An invalid verdict decided before DSS's validation could say anything of the signer. */
  public static VerificationReport invalid(String reason, String message) {
    return new VerificationReport(
        Verdict.INVALID,
        reason,
        false,
        false,
        null,
        false,
        CertificateStatus.UNKNOWN,
        null,
        null,
        0,
        message == null ? List.of() : List.of(message));
  }
}
