package vn.edu.platform.signing.localpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.signing.signer.LocalSigningKey;

/**
 * A PKI saved in a directory comes back as it was: the same root, the same signers with their keys,
 * the same time-stamp authority, the same revocations; and the files are written so that a crash
 * leaves no half-written one.
 */
class DevelopmentPkiPersistenceTests {

  private static final String ORGANISATION = "Sở GD&ĐT Hải Phòng";
  private static final String BASE_URL = "http://localhost:8190/pki";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path directory;

  @Test
  void aReopenedPkiHasTheSameRootSignersTimestampAuthorityAndRevocations() throws Exception {
    DevelopmentPki created = DevelopmentPki.openOrCreate(directory, ORGANISATION, BASE_URL, CLOCK);
    IssuedSigner teacher =
        created.issueSigner(
            "Ngô Thị Hoa",
            "Trường Tiểu học Hồng Bàng",
            "S311002",
            "Giáo viên chủ nhiệm",
            NOW,
            Duration.ofDays(730));
    IssuedSigner principal =
        created.issueSigner(
            "Bùi Thị Lan",
            "Trường Tiểu học Hồng Bàng",
            "S311002",
            "Hiệu trưởng",
            NOW,
            Duration.ofDays(730));
    TimestampAuthority tsa = created.timestampAuthority();
    Instant revokedAt = NOW.plusSeconds(90);
    created.revoke(
        teacher.certificate().getSerialNumber(), revokedAt, RevocationReason.AFFILIATION_CHANGED);

    DevelopmentPki reopened = DevelopmentPki.openOrCreate(directory, "ignored", BASE_URL, CLOCK);

    assertThat(fingerprint(reopened.rootCertificate()))
        .isEqualTo(fingerprint(created.rootCertificate()));
    assertThat(reopened.issuingCertificate()).isEqualTo(created.issuingCertificate());
    assertThat(reopened.issuedSigners())
        .extracting(IssuedSigner::certificate)
        .containsExactly(teacher.certificate(), principal.certificate());
    assertThat(reopened.timestampAuthority().certificate()).isEqualTo(tsa.certificate());
    assertThat(reopened.timestampAuthority().key()).isEqualTo(tsa.key());
    assertThat(reopened.revocations())
        .containsExactly(
            new Revocation(
                teacher.certificate().getSerialNumber(),
                false,
                revokedAt,
                RevocationReason.AFFILIATION_CHANGED));
    assertThat(
            reopened
                .crl(NOW.plusSeconds(120), Duration.ofHours(1))
                .isRevoked(teacher.certificate()))
        .isTrue();
    assertThat(
            reopened.issued(
                reopened.issuingCertificate(), principal.certificate().getSerialNumber()))
        .isTrue();
    try (LocalSigningKey key = reopened.issuedSigners().get(1).openKey()) {
      assertThat(key.certificate().getCertificate()).isEqualTo(principal.certificate());
      assertThat(key.chain()).hasSize(3);
    }

    // the first revocation stands; serials go on after the last one issued
    reopened.revoke(teacher.certificate(), NOW.plusSeconds(500));
    assertThat(
            reopened.revocation(teacher.certificate().getSerialNumber()).orElseThrow().revokedAt())
        .isEqualTo(revokedAt);
    assertThat(Files.readAllLines(directory.resolve("revocations.txt")))
        .hasSize(2)
        .last()
        .isEqualTo(
            teacher.certificate().getSerialNumber()
                + "\tissuing\t"
                + revokedAt
                + "\taffiliationChanged");
    BigInteger next =
        reopened
            .issueSigner(
                "Đặng Văn Sơn",
                "Trường Tiểu học An Lão",
                "S311012",
                "Giáo viên",
                NOW,
                Duration.ofDays(1))
            .certificate()
            .getSerialNumber();
    assertThat(next).isGreaterThan(tsa.certificate().getSerialNumber());
    try (var files = Files.walk(directory)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void certificatesNameTheirIssuersCrlOcspResponderAndCertificateUnderTheBaseUrlWhichStaysTheirs()
      throws Exception {
    DevelopmentPki pki =
        DevelopmentPki.openOrCreate(directory, ORGANISATION, "http://127.0.0.1:41234/pki", CLOCK);
    X509Certificate signer =
        pki.issueSigner("A", "Trường A", "S1", "Giáo viên", NOW, Duration.ofDays(1)).certificate();

    String signerExtensions = extensions(signer);
    assertThat(signerExtensions)
        .contains("http://127.0.0.1:41234/pki/issuing.crl")
        .contains("http://127.0.0.1:41234/pki/ocsp")
        .contains("http://127.0.0.1:41234/pki/issuing.crt");
    assertThat(extensions(pki.issuingCertificate()))
        .contains("http://127.0.0.1:41234/pki/root.crl")
        .contains("http://127.0.0.1:41234/pki/ocsp")
        .contains("http://127.0.0.1:41234/pki/root.crt");
    assertThatThrownBy(
            () ->
                DevelopmentPki.openOrCreate(
                    directory, ORGANISATION, "http://localhost:9999/pki", CLOCK))
        .as("a saved PKI under another base URL than its certificates name")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("publishes under http://127.0.0.1:41234/pki");
  }

  @Test
  void aDirectoryWithoutSettingsIsAnUnfinishedCreationAndIsCreatedAfresh() throws Exception {
    DevelopmentPki first = DevelopmentPki.openOrCreate(directory, ORGANISATION, BASE_URL, CLOCK);
    Files.delete(directory.resolve("pki.properties"));

    DevelopmentPki second = DevelopmentPki.openOrCreate(directory, ORGANISATION, BASE_URL, CLOCK);

    assertThat(second.rootCertificate()).isNotEqualTo(first.rootCertificate());
    assertThat(
            DevelopmentPki.openOrCreate(directory, ORGANISATION, BASE_URL, CLOCK).rootCertificate())
        .isEqualTo(second.rootCertificate());
  }

  private static String fingerprint(X509Certificate certificate) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
  }

  /** The certificate's extensions as text: URLs are IA5 strings, readable in the DER. */
  private static String extensions(X509Certificate certificate) {
    return new String(
            certificate.getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.US_ASCII)
        + new String(
            certificate.getExtensionValue("1.3.6.1.5.5.7.1.1"),
            java.nio.charset.StandardCharsets.US_ASCII);
  }
}
