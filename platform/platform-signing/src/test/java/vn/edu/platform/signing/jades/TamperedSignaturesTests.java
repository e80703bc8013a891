package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * Signatures a forger or a careless system could hand a verifier: each gets a verdict that is not
 * valid, with the precise reason, and never an exception. The forged ones are made with DSS's
 * alerts silenced, which is how a signer outside the platform could make them.
 */
class TamperedSignaturesTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final String RECORD =
      "{\"studentCode\": \"3110020001\", \"schoolYear\": \"2025-2026\", \"conduct\": \"Tốt\"}";

  private final Clock clock = Clock.systemUTC();
  private final DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private final TimestampAuthority tsa = pki.issueTimestampAuthority(START, Duration.ofDays(3650));
  private final JsonSignatureVerifier verifier =
      new JsonSignatureVerifier(List.of(pki.rootCertificate()));

  @Test
  void anLtSignatureStrippedOfItsTimestampIsNotValid() throws JoseException {
    byte[] signature = signLt(principal(), validationData());

    byte[] stripped = withoutUnsignedProperty(signature, "sigTst");
    VerificationReport report = verifier.verify(stripped, RECORD);

    assertThat(report.timestamps()).isZero();
    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(report.reason()).isEqualTo("SIG_CONSTRAINTS_FAILURE");
    assertThat(report.messages())
        .contains("The unsigned qualifying property: 'signature-time-stamp' is not present!");
  }

  @Test
  void aReEncodedProtectedHeaderBreaksTheSignatureValue() throws JoseException {
    byte[] signature = signLt(principal(), validationData());

    Map<String, Object> jws = mutable(signature);
    String header =
        new String(
            Base64.getUrlDecoder().decode((String) jws.get("protected")), StandardCharsets.UTF_8);
    // the same header, re-serialised by a JSON library: equal as JSON, different as bytes
    jws.put(
        "protected",
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                JsonUtil.toJson(JsonUtil.parseJson(header))
                    .replace(",", ", ")
                    .getBytes(StandardCharsets.UTF_8)));
    VerificationReport report =
        verifier.verify(JsonUtil.toJson(jws).getBytes(StandardCharsets.UTF_8), RECORD);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).as(report.messages().toString()).isEqualTo("HASH_FAILURE");
    assertThat(report.signatureIntact()).isFalse();
  }

  @Test
  void aSignatureMadeAfterTheCertificateWasRevokedIsNotValid() {
    IssuedSigner principal = principal();
    pki.revoke(principal.certificate(), Instant.now().minusSeconds(3600));
    CommonCertificateVerifier forging = validationData();
    forging.setAlertOnRevokedCertificate(new SilentOnStatusAlert());

    VerificationReport report = verifier.verify(signLt(principal, forging), RECORD);

    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.REVOKED);
    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(report.reason()).as(report.messages().toString()).isEqualTo("REVOKED_NO_POE");
  }

  @Test
  void aSignatureByAnExpiredCertificateIsNotValid() {
    IssuedSigner expired =
        pki.issueSigner(
            "Phạm Thu Hà",
            "Trường THCS Lê Lợi",
            "S321004",
            "Giáo viên",
            START,
            Duration.ofHours(1));
    CommonCertificateVerifier forging = validationData();
    forging.setAlertOnExpiredCertificate(new SilentOnStatusAlert());

    VerificationReport report = verifier.verify(signLt(expired, forging), RECORD);

    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(report.reason()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertThat(report.messages())
        .contains(
            "The signed qualifying property: 'signing-time' is not within the"
                + " signing-certificate's validity range!");
  }

  @Test
  void theServicesVerifierRefusesABaselineBSignature() {
    JsonSigner signer = new JsonSigner(clock);
    byte[] signature;
    try (LocalSigningKey key = principal().openKey()) {
      signature = signer.sign(List.of(RECORD), key, Level.BASELINE_B).getFirst();
    }

    VerificationReport report = verifier.verify(signature, RECORD);

    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(report.reason()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertThat(report.messages())
        .contains("The unsigned qualifying property: 'signature-time-stamp' is not present!");
  }

  private byte[] signLt(IssuedSigner person, CommonCertificateVerifier validationData) {
    JsonSigner signer = new JsonSigner(clock, tsa.tspSource(), validationData);
    try (LocalSigningKey key = person.openKey()) {
      return signer.sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();
    }
  }

  /** The signature without the unsigned header's property {@code name} (e.g. the time-stamp). */
  @SuppressWarnings("unchecked")
  private static byte[] withoutUnsignedProperty(byte[] signature, String name)
      throws JoseException {
    Map<String, Object> jws = mutable(signature);
    Map<String, Object> header = new LinkedHashMap<>((Map<String, Object>) jws.get("header"));
    jws.put("header", header);
    List<Object> kept = new ArrayList<>();
    for (Object property : (List<Object>) header.get("etsiU")) {
      String decoded =
          new String(Base64.getUrlDecoder().decode((String) property), StandardCharsets.UTF_8);
      if (!JsonUtil.parseJson(decoded).containsKey(name)) {
        kept.add(property);
      }
    }
    assertThat(kept).hasSizeLessThan(((List<Object>) header.get("etsiU")).size());
    header.put("etsiU", kept);
    return JsonUtil.toJson(jws).getBytes(StandardCharsets.UTF_8);
  }

  /** The JWS as a map a test may change (jose4j's own refuses to replace an entry). */
  private static Map<String, Object> mutable(byte[] signature) throws JoseException {
    return new LinkedHashMap<>(JsonUtil.parseJson(new String(signature, StandardCharsets.UTF_8)));
  }

  private IssuedSigner principal() {
    return pki.issueSigner(
        "Lê Văn Minh", "Trường THCS Lê Lợi", "S321004", "Hiệu trưởng", START, Duration.ofDays(730));
  }

  private CommonCertificateVerifier validationData() {
    return DevelopmentPkiCrlSource.inProcessValidationData(pki, clock);
  }
}
