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
 * platform-signing's offline JAdES verification of one document of a batch, remembering the group
 * signatures found valid. platform-signing serialises DSS's validations across the JVM (its
 * validation of detached contents is not safe on two threads, even with two verifiers); one takes ≈
 * 9 ms. A record of a group already validated is answered from its digest against the group's
 * signed header, on any thread, in well under a millisecond.
 */
class JadesSignatureVerifier implements SignatureVerifier {

  private static final JsonMapper JSON = new JsonMapper();

  private final Supplier<JsonSignatureVerifier> create;
  // built on first use: the trust anchors' file is read then, not when the service starts
  private volatile JsonSignatureVerifier verifier;

  JadesSignatureVerifier(Supplier<JsonSignatureVerifier> create) {
    this.create = create;
  }

  @Override
  public VerificationReport verifyInBatch(
      byte[] groupSignature, String documentName, byte[] canonical) {
    return verifier()
        .verifyInBatch(groupSignature, documentName, new String(canonical, StandardCharsets.UTF_8));
  }

  private JsonSignatureVerifier verifier() {
    JsonSignatureVerifier built = verifier;
    if (built == null) {
      synchronized (this) {
        if (verifier == null) {
          verifier = create.get();
        }
        built = verifier;
      }
    }
    return built;
  }

  /** Verifications DSS validated so far (0 before the first). */
  long validations() {
    JsonSignatureVerifier built = verifier;
    return built == null ? 0 : built.validations();
  }

  /** Verifications answered from a remembered valid group so far. */
  long rememberedAnswers() {
    JsonSignatureVerifier built = verifier;
    return built == null ? 0 : built.rememberedAnswers();
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
