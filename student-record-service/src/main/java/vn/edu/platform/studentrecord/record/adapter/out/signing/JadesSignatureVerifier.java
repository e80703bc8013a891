package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;

/**
 * platform-signing's offline JAdES verification of one document of a batch. Verifications are
 * serialised: two at once on the shared verifier answered SIGNED_DATA_NOT_FOUND for one of them now
 * and then in this service's tests (DSS's validation of detached contents); one takes ≈ 9 ms, so a
 * service instance still verifies about a hundred a second.
 */
class JadesSignatureVerifier implements SignatureVerifier {

  private final Supplier<JsonSignatureVerifier> verifier;

  JadesSignatureVerifier(Supplier<JsonSignatureVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public synchronized VerificationReport verifyInBatch(
      byte[] groupSignature, String documentName, byte[] canonical) {
    return verifier
        .get()
        .verifyInBatch(groupSignature, documentName, new String(canonical, StandardCharsets.UTF_8));
  }
}
