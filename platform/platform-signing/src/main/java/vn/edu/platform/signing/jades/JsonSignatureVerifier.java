package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.model.InMemoryDocument;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.edu.platform.signing.verification.OfflineValidation;
import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Verifies a detached JAdES signature of a JSON document, offline, against configured trust anchors
 * ({@link OfflineValidation}): the document is canonicalised (RFC 8785) as it was when signed, so a
 * record re-serialised by a database or a client still verifies.
 */
public final class JsonSignatureVerifier {

  private final OfflineValidation validation;

  public JsonSignatureVerifier(List<X509Certificate> trustAnchors) {
    this.validation = new OfflineValidation(trustAnchors);
  }

  /** The report on {@code signature} as a signature of the JSON text {@code json}. */
  public VerificationReport verify(byte[] signature, String json) {
    return validation.verify(
        new InMemoryDocument(signature, "signature.json"),
        List.of(JsonSigner.canonicalDocument(json)));
  }
}
