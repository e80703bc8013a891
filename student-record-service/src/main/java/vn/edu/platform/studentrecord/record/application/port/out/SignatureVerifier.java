package vn.edu.platform.studentrecord.record.application.port.out;

import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Offline verification of one record's document within its batch signature (platform-signing's
 * JAdES verifier against the configured trust anchors): integrity, the chain, and the certificate's
 * status at signing time from the validation data the signature carries.
 */
public interface SignatureVerifier {

  VerificationReport verifyInBatch(byte[] groupSignature, String documentName, byte[] canonical);
}
