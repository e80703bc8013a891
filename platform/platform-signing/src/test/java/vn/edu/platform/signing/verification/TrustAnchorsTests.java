package vn.edu.platform.signing.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * Trust is configuration: a verifier trusts the roots of its PEM file and nothing else, not even a
 * CA that is trusted somewhere else (the EU lists do not know Vietnamese CAs, and DSS is given no
 * list).
 */
class TrustAnchorsTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final String RECORD = "{\"studentCode\": \"3110020001\", \"conduct\": \"Tốt\"}";

  private final DevelopmentPki province = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private final DevelopmentPki elsewhere = DevelopmentPki.create("Another CA", START);

  @Test
  void aSignatureVerifiesAgainstTheRootOfTheConfiguredFileOnly(@TempDir Path dir) throws Exception {
    Path provinceRoot = dir.resolve("province-root.pem");
    Files.writeString(provinceRoot, pem(province.rootCertificate()));
    Path otherRoots = dir.resolve("other-roots.pem");
    Files.writeString(otherRoots, pem(elsewhere.rootCertificate()));
    byte[] signature = signLt();

    VerificationReport trusted =
        new JsonSignatureVerifier(TrustAnchors.fromFile(provinceRoot)).verify(signature, RECORD);
    VerificationReport untrusted =
        new JsonSignatureVerifier(TrustAnchors.fromFile(otherRoots)).verify(signature, RECORD);

    assertThat(trusted.verdict()).isEqualTo(Verdict.VALID);
    assertThat(trusted.chainTrusted()).isTrue();
    assertThat(untrusted.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(untrusted.reason()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    assertThat(untrusted.chainTrusted()).isFalse();
  }

  @Test
  void aFileMayNameSeveralRoots() {
    String both = pem(province.rootCertificate()) + pem(elsewhere.rootCertificate());

    assertThat(TrustAnchors.fromPem(both))
        .containsExactly(province.rootCertificate(), elsewhere.rootCertificate());
  }

  @Test
  void aSignersCertificateIsNoTrustAnchor() {
    IssuedSigner teacher =
        province.issueSigner(
            "Trần Thị Mai",
            "Trường THCS Lê Lợi",
            "S321004",
            "Giáo viên chủ nhiệm",
            START,
            Duration.ofDays(30));

    assertThatThrownBy(() -> TrustAnchors.fromPem(pem(teacher.certificate())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no CA");
    assertThatThrownBy(() -> TrustAnchors.fromPem("not a certificate"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] signLt() {
    Clock clock = Clock.systemUTC();
    TimestampAuthority tsa = province.issueTimestampAuthority(START, Duration.ofDays(3650));
    JsonSigner signer =
        new JsonSigner(
            clock,
            tsa.tspSource(),
            DevelopmentPkiCrlSource.inProcessValidationData(province, clock));
    IssuedSigner principal =
        province.issueSigner(
            "Lê Văn Minh",
            "Trường THCS Lê Lợi",
            "S321004",
            "Hiệu trưởng",
            START,
            Duration.ofDays(730));
    try (LocalSigningKey key = principal.openKey()) {
      return signer.sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();
    }
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
