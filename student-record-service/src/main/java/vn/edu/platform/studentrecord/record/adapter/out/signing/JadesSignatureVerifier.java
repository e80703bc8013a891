package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;

/**
 * platform-signing's offline JAdES verification of one document of a batch. platform-signing
 * serialises verifications across the JVM (DSS's validation of detached contents is not safe on two
 * threads, even with two verifiers); one takes ≈ 9 ms, so an instance still verifies about a
 * hundred a second.
 */
class JadesSignatureVerifier implements SignatureVerifier {

  private static final JsonMapper JSON = new JsonMapper();

  private final Supplier<JsonSignatureVerifier> verifier;

  JadesSignatureVerifier(Supplier<JsonSignatureVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public VerificationReport verifyInBatch(
      byte[] groupSignature, String documentName, byte[] canonical) {
    return verifier
        .get()
        .verifyInBatch(groupSignature, documentName, new String(canonical, StandardCharsets.UTF_8));
  }

  /**
   * From the JWS's protected header (flattened JSON serialisation): the certificate's digest {@code
   * x5t#S256}, else the SHA-256 of the first certificate of {@code x5c}; the document's position in
   * {@code sigD.pars} (0 for a signature of one document, without {@code sigD}).
   */
  @Override
  public Optional<SigningFacts> signingFacts(byte[] groupSignature, String documentName) {
    try {
      JsonNode jws = JSON.readTree(groupSignature);
      JsonNode header =
          JSON.readTree(Base64.getUrlDecoder().decode(jws.path("protected").asString("")));
      String fingerprint;
      JsonNode digest = header.get("x5t#S256");
      if (digest != null && digest.isString()) {
        fingerprint = HexFormat.of().formatHex(Base64.getUrlDecoder().decode(digest.asString()));
      } else {
        JsonNode chain = header.path("x5c");
        if (!chain.isArray() || chain.isEmpty()) {
          return Optional.empty();
        }
        fingerprint =
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(Base64.getDecoder().decode(chain.get(0).asString())));
      }
      if (!fingerprint.matches("[0-9a-f]{64}")) {
        return Optional.empty();
      }
      JsonNode names = header.path("sigD").path("pars");
      if (!names.isArray()) {
        return Optional.of(new SigningFacts(fingerprint, 0));
      }
      for (int i = 0; i < names.size(); i++) {
        if (documentName.equals(names.get(i).asString(""))) {
          return Optional.of(new SigningFacts(fingerprint, i));
        }
      }
      return Optional.empty();
    } catch (RuntimeException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }
}
