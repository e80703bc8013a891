package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.jades.SignedBatch;
import vn.edu.platform.signing.remote.CscConfiguration;
import vn.edu.platform.signing.remote.CscSigningKey;
import vn.edu.platform.signing.remote.OneTimeCodes;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner;

/**
 * Signs with the signer's credential at the CA's remote signing service (platform-signing's {@code
 * CscSigningKey}) at JAdES baseline-LT in batch groups (one request to the key and one code for the
 * whole batch; a time-stamp and the chain's revocation data per group of 20).
 */
class CscRecordSigner implements RecordSigner {

  private final SigningProperties properties;
  private final JsonSigner signer;

  CscRecordSigner(SigningProperties properties, OnlineValidationData validationData, Clock clock) {
    this.properties = properties;
    this.signer =
        new JsonSigner(
            clock, validationData.timestampSource(), validationData.certificateVerifier());
  }

  @Override
  public Session open(String signerLogin, OneTimeCodes codes) {
    String token = properties.cscAccessTokens().get(signerLogin);
    if (properties.cscBaseUri() == null || token == null) {
      throw new StateConflict(
          "signer-credential-missing",
          "The service holds no access to the CA's remote signing for this signer");
    }
    CscSigningKey key =
        CscSigningKey.open(CscConfiguration.of(properties.cscBaseUri(), token), codes);
    String fingerprint = sha256(key.certificate().getEncoded());
    return new Session() {
      @Override
      public String certificateFingerprint() {
        return fingerprint;
      }

      @Override
      public List<SignedGroup> sign(List<DocumentToSign> documents) {
        SignedBatch batch =
            signer.signBatch(
                documents.stream()
                    .map(
                        d ->
                            new NamedJson(
                                d.name(), new String(d.canonical(), StandardCharsets.UTF_8)))
                    .toList(),
                key,
                JsonSigner.Level.BASELINE_LT);
        return batch.parts().stream()
            .map(part -> new SignedGroup(UUID.randomUUID(), part.signature(), part.names()))
            .toList();
      }

      @Override
      public void close() {
        key.close();
      }
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
