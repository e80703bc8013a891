package vn.edu.platform.signing.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.register.CertificateFacts.UnreadableCertificateException;

/** What the register reads from real certificates of the development PKI, as PEM and as DER. */
class CertificateFactsTests {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", NOW);
  private static final X509Certificate PRINCIPAL =
      PKI.issueSigner(
              "Nguyễn Thị Hải",
              "Trường Tiểu học Hồng Bàng",
              "S311002",
              "Hiệu trưởng",
              NOW,
              Duration.ofDays(730))
          .certificate();

  static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  @Test
  void readsSerialIssuerFingerprintAndValidityFromPem() throws Exception {
    CertificateFacts facts = CertificateFacts.read(pem(PRINCIPAL));

    assertThat(facts.serialNumber()).isEqualTo(PRINCIPAL.getSerialNumber().toString(16));
    assertThat(facts.issuerDn()).contains("O=Sở GD&ĐT Hải Phòng").contains("C=VN");
    assertThat(facts.fingerprint())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(PRINCIPAL.getEncoded())))
        .matches(RegisteredCertificate.FINGERPRINT);
    assertThat(facts.notBefore()).isEqualTo(NOW);
    assertThat(facts.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(730)));
    assertThat(facts.forSigning()).isTrue();
  }

  @Test
  void readsTheSameFactsFromTheBase64OfTheDerEncoding() throws Exception {
    String der = Base64.getEncoder().encodeToString(PRINCIPAL.getEncoded());

    assertThat(CertificateFacts.read(der)).isEqualTo(CertificateFacts.read(pem(PRINCIPAL)));
    assertThat(CertificateFacts.read(der).fingerprint())
        .isEqualTo(CertificateFacts.fingerprintOf(PRINCIPAL));
  }

  @Test
  void aCaCertificateIsNotOneToSignWith() throws Exception {
    assertThat(CertificateFacts.read(pem(PKI.issuingCertificate())).forSigning()).isFalse();
  }

  @Test
  void refusesWhatIsNotExactlyOneCertificate() throws Exception {
    assertThatThrownBy(() -> CertificateFacts.read("   "))
        .isInstanceOf(UnreadableCertificateException.class);
    assertThatThrownBy(() -> CertificateFacts.read("không phải chứng thư"))
        .isInstanceOf(UnreadableCertificateException.class);
    assertThatThrownBy(
            () -> CertificateFacts.read(Base64.getEncoder().encodeToString(new byte[64])))
        .isInstanceOf(UnreadableCertificateException.class);
    assertThatThrownBy(() -> CertificateFacts.read(pem(PRINCIPAL) + pem(PKI.issuingCertificate())))
        .isInstanceOf(UnreadableCertificateException.class)
        .hasMessageContaining("Exactly one");
    assertThatThrownBy(
            () -> CertificateFacts.read("A".repeat(CertificateFacts.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(UnreadableCertificateException.class);
  }
}
