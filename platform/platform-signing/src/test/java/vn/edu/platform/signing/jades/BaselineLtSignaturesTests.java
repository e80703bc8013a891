package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Baseline-LT: the signature carries a time-stamp and the chain's CRLs of the moment of signing, so
 * the verifier, which asks nobody, can decide.
 */
class BaselineLtSignaturesTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final String RECORD =
      "{\"studentCode\": \"3110020001\", \"schoolYear\": \"2025-2026\", \"conduct\": \"Tốt\"}";

  private final Clock clock = Clock.systemUTC();
  private final DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private final TimestampAuthority tsa = pki.issueTimestampAuthority(START, Duration.ofDays(3650));
  private final JsonSigner signer = new JsonSigner(clock, tsa.tspSource(), validationData());
  private final JsonSignatureVerifier verifier =
      new JsonSignatureVerifier(List.of(pki.rootCertificate()));

  private CommonCertificateVerifier validationData() {
    return DevelopmentPkiCrlSource.inProcessValidationData(pki, clock);
  }

  private IssuedSigner principal() {
    return pki.issueSigner(
        "Lê Văn Minh", "Trường THCS Lê Lợi", "S321004", "Hiệu trưởng", START, Duration.ofDays(730));
  }

  @Test
  void anLtSignatureIsValidOfflineWithItsTimestamp() {
    IssuedSigner principal = principal();
    try (LocalSigningKey key = principal.openKey()) {
      byte[] signature = signer.sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();

      VerificationReport report = verifier.verify(signature, RECORD);

      assertThat(report.messages()).isEmpty();
      assertThat(report.verdict()).isEqualTo(Verdict.VALID);
      assertThat(report.reason()).isNull();
      assertThat(report.timestamps()).isEqualTo(1);
      assertThat(report.timestampTime()).isAfterOrEqualTo(report.claimedSigningTime());
      assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
      assertThat(report.signer().role()).isEqualTo("Hiệu trưởng");
    }
  }

  @Test
  void aSignatureMadeBeforeTheRevocationStaysValid() {
    IssuedSigner principal = principal();
    byte[] signature;
    try (LocalSigningKey key = principal.openKey()) {
      signature = signer.sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();
    }

    pki.revoke(principal.certificate(), Instant.now().plusSeconds(1));

    assertThat(verifier.verify(signature, RECORD).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void aRevokedSignerCannotSign() {
    IssuedSigner principal = principal();
    pki.revoke(principal.certificate(), Instant.now().minusSeconds(60));

    try (LocalSigningKey key = principal.openKey()) {
      assertThatThrownBy(() -> signer.sign(List.of(RECORD), key, Level.BASELINE_LT))
          .hasMessageContaining("revoked");
    }
  }

  @Test
  void anExpiredCertificateCannotSign() {
    IssuedSigner expired =
        pki.issueSigner(
            "Phạm Thu Hà",
            "Trường THCS Lê Lợi",
            "S321004",
            "Giáo viên",
            START,
            Duration.ofHours(1));

    try (LocalSigningKey key = expired.openKey()) {
      assertThatThrownBy(() -> signer.sign(List.of(RECORD), key, Level.BASELINE_LT))
          .hasMessageContaining("expired");
    }
  }

  @Test
  void aSignerWithoutTimestampAuthorityRefusesLt() {
    IssuedSigner principal = principal();
    try (LocalSigningKey key = principal.openKey()) {
      assertThatThrownBy(() -> new JsonSigner(clock).sign(List.of(RECORD), key, Level.BASELINE_LT))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("time-stamp authority");
    }
  }
}
