package vn.edu.platform.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.testing.CountingSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * Baseline-LT PDFs: a signature time-stamp in the CMS and the chain's CRLs of the moment of signing
 * in the PDF's document security store, so the verifier, which asks nobody, can decide.
 */
class BaselineLtPdfSignaturesTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final PdfSignatureDetails ISSUANCE =
      PdfSignatureDetails.of("Cấp văn bằng", "Hải Phòng");

  private final Clock clock = Clock.systemUTC();
  private final DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private final TimestampAuthority tsa = pki.issueTimestampAuthority(START, Duration.ofDays(3650));
  private final PdfSigner signer = new PdfSigner(clock, tsa.tspSource(), validationData());
  private final PdfSignatureVerifier verifier =
      new PdfSignatureVerifier(List.of(pki.rootCertificate()));

  private CommonCertificateVerifier validationData() {
    return DevelopmentPkiCrlSource.inProcessValidationData(pki, clock);
  }

  private IssuedSigner director() {
    return pki.issueSigner(
        "Đỗ Thị Hồng",
        "Sở Giáo dục và Đào tạo Hải Phòng",
        "S31",
        "Giám đốc",
        START,
        Duration.ofDays(730));
  }

  private byte[] signedDiploma(IssuedSigner signerCertificate) {
    try (LocalSigningKey key = signerCertificate.openKey()) {
      return signer
          .sign(
              List.of(Diplomas.diploma("Trần Văn An", "A 0012345")),
              key,
              Level.BASELINE_LT,
              ISSUANCE)
          .getFirst();
    }
  }

  @Test
  void anLtSignatureIsValidOfflineWithItsTimestampAndTheCrlsInThePdf() {
    byte[] signed = signedDiploma(director());

    VerificationReport report = verifier.verify(signed);

    assertThat(report.messages()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.reason()).isNull();
    assertThat(report.timestamps()).isEqualTo(1);
    assertThat(report.timestampTime()).isAfterOrEqualTo(report.claimedSigningTime());
    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
    assertThat(report.signer().role()).isEqualTo("Giám đốc");
    // the root's CRL (for the issuing CA) and the issuing CA's (for the signer and the TSA); the
    // in-process source numbers each CRL it makes, so the issuing CA's may come twice
    assertThat(Diplomas.crlsInDocumentSecurityStore(signed)).isBetween(2, 3);
  }

  @Test
  void aSignatureMadeBeforeTheRevocationStaysValid() {
    IssuedSigner director = director();
    byte[] signed = signedDiploma(director);

    pki.revoke(director.certificate(), Instant.now().plusSeconds(1));

    assertThat(verifier.verify(signed).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void aRevokedSignerCannotSign() {
    IssuedSigner director = director();
    pki.revoke(director.certificate(), Instant.now().minusSeconds(60));

    assertThatThrownBy(() -> signedDiploma(director)).hasMessageContaining("revoked");
  }

  @Test
  void aBatchOfTwentyDiplomasIsSignedWithOneRequestToTheKey() {
    List<String> students = IntStream.rangeClosed(1, 20).mapToObj(i -> "Vũ Ngọc Ánh " + i).toList();
    List<byte[]> diplomas = new ArrayList<>();
    for (int i = 0; i < students.size(); i++) {
      diplomas.add(Diplomas.diploma(students.get(i), "A %07d".formatted(12345 + i)));
    }
    CountingSigningKey counting;
    List<byte[]> signed;
    try (LocalSigningKey key = director().openKey()) {
      counting = new CountingSigningKey(key);
      signed = signer.sign(diplomas, counting, Level.BASELINE_LT, ISSUANCE);
    }

    assertThat(counting.requests()).isEqualTo(1);
    assertThat(signed).hasSize(20);
    Instant batchTime = verifier.verify(signed.getFirst()).claimedSigningTime();
    for (int i = 0; i < signed.size(); i++) {
      // each signed PDF is its own diploma, not another of the batch (the line ends there: "Ánh 1"
      // is not "Ánh 10")
      assertThat(Diplomas.text(signed.get(i)))
          .contains("cấp bằng cho: " + students.get(i) + System.lineSeparator());
      VerificationReport report = verifier.verify(signed.get(i));
      assertThat(report.verdict()).as("diploma %d", i).isEqualTo(Verdict.VALID);
      assertThat(report.claimedSigningTime()).isEqualTo(batchTime);
    }
  }

  @Test
  void aPageRedrawnAfterSigningIsNotValid() {
    byte[] signed = signedDiploma(director());
    byte[] forged = Diplomas.withPageRedrawnAfterSigning(signed, "Trần Văn An", "A 9999999");
    assertThat(Diplomas.text(forged)).contains("So hieu: A 9999999").doesNotContain("0012345");

    VerificationReport report = verifier.verify(forged);

    // The signature covers its own revision, which is intact; DSS's modification detection sees
    // the later change, which the platform's policy fails (DSS's default only warns)
    assertThat(report.documentIntact()).isTrue();
    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(report.reason()).as(report.messages().toString()).isEqualTo("FORMAT_FAILURE");
    assertThat(report.messages()).contains("Visual difference is detected on page(s) [1]");
  }
}
