package vn.edu.platform.signing.jades;

import java.time.Instant;
import java.util.List;

/**
 * What the verification of one signature established, for a person and a program.
 *
 * @param verdict valid, invalid, or indeterminate
 * @param reason why, when not valid: ETSI EN 319 102-1's sub-indication (e.g. {@code HASH_FAILURE}
 *     for a changed document, {@code NO_CERTIFICATE_CHAIN_FOUND} for an unknown CA), or {@code
 *     NOT_A_SIGNATURE} for bytes that are no signature DSS can read
 * @param documentIntact the signed document is the one given (digest matches)
 * @param signatureIntact the signature value verifies with the signing certificate's key
 * @param signer who signed, from the signing certificate (null when none was found)
 * @param chainTrusted the signing certificate chains to a configured trust anchor
 * @param claimedSigningTime the signing time the signer claims (not a time-stamp)
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
    Instant claimedSigningTime,
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

  /**
   * The signer as the certificate names them.
   *
   * @param name the person (CN)
   * @param unit the unit (O)
   * @param unitCode the unit's code (OU)
   * @param role the role (T)
   */
  public record Signer(String name, String unit, String unitCode, String role) {}
}
