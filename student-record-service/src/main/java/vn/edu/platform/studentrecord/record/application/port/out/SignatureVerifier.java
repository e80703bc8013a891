package vn.edu.platform.studentrecord.record.application.port.out;

import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Offline verification of one record's document within its batch signature (platform-signing's
 * JAdES verifier against the configured trust anchors): integrity, the chain, and the certificate's
 * status at signing time from the validation data the signature carries.
 */
public interface SignatureVerifier {

  VerificationReport verifyInBatch(byte[] groupSignature, String documentName, byte[] canonical);

  /**
   * What a batch signature's signed header says of its signer and of one document: SHA-256 of the
   * signing certificate (lower-case hexadecimal, as the register keys certificates) and the
   * document's position among those it lists. Read from the protected header, which the signature
   * value covers: meaningful once {@link #verifyInBatch} found the signature valid.
   */
  record SigningFacts(String certificateFingerprint, int position) {}

  /** Empty when the signature names no certificate or does not list {@code documentName}. */
  java.util.Optional<SigningFacts> signingFacts(byte[] groupSignature, String documentName);
}
