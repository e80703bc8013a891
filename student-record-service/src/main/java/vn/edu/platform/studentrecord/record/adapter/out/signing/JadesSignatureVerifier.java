package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;

/** platform-signing's offline JAdES verification of one document of a batch. */
@Component
class JadesSignatureVerifier implements SignatureVerifier {

  private final ObjectProvider<JsonSignatureVerifier> verifier;

  JadesSignatureVerifier(ObjectProvider<JsonSignatureVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public VerificationReport verifyInBatch(
      byte[] groupSignature, String documentName, byte[] canonical) {
    return verifier
        .getObject()
        .verifyInBatch(groupSignature, documentName, new String(canonical, StandardCharsets.UTF_8));
  }
}
