package vn.edu.platform.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.pades.Diplomas.SignatureDictionary;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/** Baseline-B signatures of PDFs, and what the verifier says of PDFs that are not as signed. */
class PdfSignaturesTests {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", NOW);
  private static final IssuedSigner DIRECTOR =
      PKI.issueSigner(
          "Đỗ Thị Hồng",
          "Sở Giáo dục và Đào tạo Hải Phòng",
          "S31",
          "Giám đốc",
          NOW.minus(Duration.ofDays(1)),
          Duration.ofDays(730));
  private static final LocalSigningKey KEY = DIRECTOR.openKey();

  private static final byte[] DIPLOMA = Diplomas.diploma("Trần Văn An", "A 0012345");

  private final PdfSigner signer = new PdfSigner(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
  private final PdfSignatureVerifier verifier =
      new PdfSignatureVerifier(List.of(PKI.rootCertificate()));

  @AfterAll
  static void closeKey() {
    KEY.close();
  }

  private byte[] signed(byte[] pdf) {
    return signer.sign(List.of(pdf), KEY, Level.BASELINE_B).getFirst();
  }

  @Test
  void aSignedDiplomaVerifiesWithItsSignerTakenFromTheCertificate() {
    byte[] signed = signed(DIPLOMA);

    VerificationReport report = verifier.verify(signed);

    assertThat(report.documentIntact()).isTrue();
    assertThat(report.signatureIntact()).isTrue();
    assertThat(report.chainTrusted()).isTrue();
    assertThat(report.signer())
        .isEqualTo(
            new VerificationReport.Signer(
                "Đỗ Thị Hồng", "Sở Giáo dục và Đào tạo Hải Phòng", "S31", "Giám đốc"));
    assertThat(report.claimedSigningTime()).isEqualTo(NOW);
    assertThat(report.timestamps()).isZero();
    assertThat(report.timestampTime()).isNull();
    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.UNKNOWN);
    // as for JSON: baseline-B carries no revocation data and the verifier asks nobody
    assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(report.reason()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertThat(report.messages()).contains("No revocation data found for the certificate!");
    // the signature is an incremental update: the page a reader sees is the diploma as drawn
    assertThat(Diplomas.text(signed)).contains("cấp bằng cho: Trần Văn An", "So hieu: A 0012345");
  }

  @Test
  void theReasonAndLocationAreWrittenIntoTheSignatureDictionary() {
    byte[] signed =
        signer
            .sign(
                List.of(DIPLOMA),
                KEY,
                Level.BASELINE_B,
                PdfSignatureDetails.of("Cấp văn bằng", "Hải Phòng"))
            .getFirst();

    List<SignatureDictionary> signatures = Diplomas.signatures(signed);

    assertThat(signatures).hasSize(1);
    assertThat(signatures.getFirst().reason()).isEqualTo("Cấp văn bằng");
    assertThat(signatures.getFirst().location()).isEqualTo("Hải Phòng");
    // PAdES baseline signatures are CMS with the ETSI sub-filter (EN 319 142-1, 5.3)
    assertThat(signatures.getFirst().subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(verifier.verify(signed).signatureIntact()).isTrue();
  }

  @Test
  void aTemplateSignatureFieldIsFilledWhenNamed() {
    byte[] template = Diplomas.diplomaWithSignatureField("Trần Văn An", "A 0012345", "GiamDocSo");

    byte[] signed =
        signer
            .sign(
                List.of(template),
                KEY,
                Level.BASELINE_B,
                PdfSignatureDetails.of("Cấp văn bằng", "Hải Phòng").inField("GiamDocSo"))
            .getFirst();

    assertThat(Diplomas.signatures(signed))
        .extracting(SignatureDictionary::field)
        .containsExactly("GiamDocSo");
    assertThat(verifier.verify(signed).documentIntact()).isTrue();
  }

  @Test
  void aFieldTheTemplateLacksIsRefused() {
    PdfSignatureDetails details = PdfSignatureDetails.NONE.inField("HieuTruong");

    assertThatThrownBy(() -> signer.sign(List.of(DIPLOMA), KEY, Level.BASELINE_B, details))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HieuTruong");
  }

  @Test
  void aChangedByteOfTheSignedContentIsInvalid() {
    byte[] signed = signed(DIPLOMA);
    byte[] forged = Arrays.copyOf(signed, signed.length);
    int digit = indexOf(forged, "A 0012345") + "A 001234".length();
    forged[digit] = '6';
    assertThat(Diplomas.text(forged)).contains("So hieu: A 0012346");

    VerificationReport report = verifier.verify(forged);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("HASH_FAILURE");
    assertThat(report.documentIntact()).isFalse();
  }

  @Test
  void aPdfWithoutSignatureIsNotASignature() {
    VerificationReport report = verifier.verify(DIPLOMA);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("NOT_A_SIGNATURE");
    assertThat(report.signer()).isNull();
  }

  @Test
  void aSignedPdfCutInHalfHasNoSignatureLeft() {
    byte[] signed = signed(DIPLOMA);

    // the signature dictionary is in the incremental update at the end of the file
    VerificationReport report = verifier.verify(Arrays.copyOf(signed, signed.length / 2));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("NOT_A_SIGNATURE");
  }

  @Test
  void aSignedPdfMissingItsLastBytesIsAFormatFailure() {
    byte[] signed = signed(DIPLOMA);

    // the signature is found, but its /ByteRange reaches past the end of what is left
    VerificationReport report = verifier.verify(Arrays.copyOf(signed, signed.length - 20));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("FORMAT_FAILURE");
    assertThat(report.documentIntact()).isFalse();
    assertThat(report.messages()).contains("The /ByteRange dictionary is not consistent!");
  }

  @Test
  void theCmsIsReadFromTheZeroPaddedContentsOfTheSignatureDictionary() {
    byte[] signed = signed(DIPLOMA);

    // A PDF reserves room for the signature before it exists, so /Contents is longer than the CMS
    // and padded with zeros. DSS 6.4 hands the padded bytes to BouncyCastle, whose CMS parser
    // refuses trailing bytes from 1.85 on: BouncyCastle is kept at 1.83 in the root pom for this.
    byte[] contents = Diplomas.signatures(signed).getFirst().contents();
    assertThat(contents[contents.length - 1]).isZero();
    assertThat(verifier.verify(signed).signatureIntact()).isTrue();
  }

  @Test
  void aSignatureByAnUnknownCaIsIndeterminateWithoutAChain() {
    DevelopmentPki other = DevelopmentPki.create("Another authority", NOW);
    byte[] signed = signed(DIPLOMA);

    VerificationReport report =
        new PdfSignatureVerifier(List.of(other.rootCertificate())).verify(signed);

    assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(report.reason()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    assertThat(report.chainTrusted()).isFalse();
    assertThat(report.documentIntact()).isTrue();
  }

  @Test
  void aSignerWithoutTimestampAuthorityRefusesLt() {
    assertThatThrownBy(() -> signer.sign(List.of(DIPLOMA), KEY, Level.BASELINE_LT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time-stamp authority");
  }

  private static int indexOf(byte[] bytes, String ascii) {
    byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= bytes.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(ascii + " is not in the PDF's bytes");
  }
}
