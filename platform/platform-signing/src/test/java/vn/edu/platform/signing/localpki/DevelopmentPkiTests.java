package vn.edu.platform.signing.localpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DevelopmentPkiTests {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", NOW);

  @Test
  void signerCertificatesChainToTheRootAndNameThePersonUnitAndRole() throws Exception {
    IssuedSigner principal =
        pki.issueSigner(
            "Lê Văn Minh",
            "Trường THCS Lê Lợi",
            "S321004",
            "Hiệu trưởng",
            NOW,
            Duration.ofDays(365));
    X509Certificate certificate = principal.certificate();

    certificate.verify(pki.issuingCertificate().getPublicKey());
    pki.issuingCertificate().verify(pki.rootCertificate().getPublicKey());
    pki.rootCertificate().verify(pki.rootCertificate().getPublicKey());
    assertThat(certificate.getSubjectX500Principal().getName())
        .contains("CN=Lê Văn Minh")
        .contains("O=Trường THCS Lê Lợi")
        .contains("OU=S321004")
        .contains("C=VN");
    assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(pki.issuingCertificate().getBasicConstraints()).isZero();
    assertThat(certificate.getNotAfter()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(365))));

    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(principal.pkcs12()), principal.password());
    assertThat(Arrays.asList(store.getCertificateChain(IssuedSigner.ALIAS)))
        .containsExactly(certificate, pki.issuingCertificate(), pki.rootCertificate());
  }

  /**
   * A signer asked to start before its CA starts when the CA does: no certificate outlives or
   * predates its issuer's validity, which DSS checks when it looks for a token's issuer.
   */
  @Test
  void aSignerAskedToStartBeforeTheCaStartsWithTheCa() {
    Instant caStart = pki.issuingCertificate().getNotBefore().toInstant();
    IssuedSigner early =
        pki.issueSigner(
            "C",
            "Trường A",
            "S1",
            "Giáo viên",
            caStart.minus(Duration.ofMinutes(5)),
            Duration.ofDays(365));

    assertThat(early.certificate().getNotBefore().toInstant()).isEqualTo(caStart);
    assertThat(early.certificate().getNotAfter().toInstant())
        .isEqualTo(caStart.minus(Duration.ofMinutes(5)).plus(Duration.ofDays(365)));
  }

  @Test
  void theCrlListsRevokedCertificatesWithTheirDateAndIsSignedByTheIssuingCa() throws Exception {
    IssuedSigner kept =
        pki.issueSigner("A", "Trường A", "S1", "Giáo viên", NOW, Duration.ofDays(365));
    IssuedSigner revoked =
        pki.issueSigner("B", "Trường A", "S1", "Giáo viên", NOW, Duration.ofDays(365));
    assertThat(pki.crl(NOW, Duration.ofDays(1)).getRevokedCertificates()).isNull();

    Instant revokedAt = NOW.plusSeconds(30);
    pki.revoke(revoked.certificate(), revokedAt);
    X509CRL crl = pki.crl(NOW.plusSeconds(60), Duration.ofDays(1));

    crl.verify(pki.issuingCertificate().getPublicKey());
    assertThat(crl.isRevoked(revoked.certificate())).isTrue();
    assertThat(crl.isRevoked(kept.certificate())).isFalse();
    assertThat(crl.getRevokedCertificate(revoked.certificate()).getRevocationDate())
        .isEqualTo(Date.from(revokedAt));
    assertThat(crl.getNextUpdate())
        .isEqualTo(Date.from(NOW.plusSeconds(60).plus(Duration.ofDays(1))));
    assertThat(revoked.certificate().getSerialNumber())
        .isNotEqualTo(kept.certificate().getSerialNumber());
  }
}
