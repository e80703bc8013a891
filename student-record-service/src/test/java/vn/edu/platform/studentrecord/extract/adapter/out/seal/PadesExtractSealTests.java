package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.pades.PdfSignatureVerifier;
import vn.edu.platform.signing.pades.PdfSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;
import vn.edu.platform.studentrecord.extract.adapter.out.pdf.ExtractPdfs;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal.SealUnavailable;

/**
 * The extract seal, with a seal certificate of an in-memory development PKI: at baseline-LT (the
 * PKI's time-stamp authority and CRLs in process) an extract verifies valid offline, and one
 * changed byte makes it invalid; at baseline-B, as the configuration makes it without a time-stamp
 * authority, it is intact but indeterminate, since it carries no revocation data.
 */
class PadesExtractSealTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));

  // one PKI for the class: its RSA keys take a while to make
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private static final TimestampAuthority TSA =
      PKI.issueTimestampAuthority(START, Duration.ofDays(3650));
  private static final IssuedSigner SEAL =
      PKI.issueSigner(
          "Hệ thống học bạ số",
          "Sở Giáo dục và Đào tạo Hải Phòng",
          "SGD31",
          "Dấu trích lục học bạ",
          START,
          Duration.ofDays(730));

  private final Clock clock = Clock.systemUTC();
  private final PdfSignatureVerifier verifier =
      new PdfSignatureVerifier(List.of(PKI.rootCertificate()));

  private byte[] sealedAtLt(byte[] pdf) {
    try (LocalSigningKey key = SEAL.openKey()) {
      PdfSigner signer =
          new PdfSigner(
              clock, TSA.tspSource(), DevelopmentPkiCrlSource.inProcessValidationData(PKI, clock));
      return new PadesExtractSeal(signer, key, Level.BASELINE_LT, "Hải Phòng").seal(pdf);
    }
  }

  @Test
  void anLtSealedExtractVerifiesValidOfflineWithTheSealAsSigner() throws IOException {
    byte[] sealed = sealedAtLt(ExtractPdfs.grade9());

    VerificationReport report = verifier.verify(sealed);

    assertThat(report.messages()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.documentIntact()).isTrue();
    assertThat(report.timestamps()).isEqualTo(1);
    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
    assertThat(report.signer().name()).isEqualTo("Hệ thống học bạ số");
    assertThat(report.signer().role()).isEqualTo("Dấu trích lục học bạ");
    try (PDDocument document = Loader.loadPDF(sealed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getReason()).isEqualTo(PadesExtractSeal.REASON);
      assertThat(signature.getLocation()).isEqualTo("Hải Phòng");
    }
  }

  @Test
  void oneChangedByteOfTheSealedExtractMakesItInvalid() {
    byte[] extract = ExtractPdfs.grade9();
    byte[] sealed = sealedAtLt(extract);
    byte[] forged = Arrays.copyOf(sealed, sealed.length);
    int inside = middleOfTheLargestStream(forged, extract.length);
    forged[inside] ^= 0x01;

    VerificationReport report = verifier.verify(forged);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("HASH_FAILURE");
    assertThat(report.documentIntact()).isFalse();
  }

  @Test
  void withoutATimestampAuthorityTheConfigurationSealsAtBaselineBIntactButIndeterminate(
      @TempDir Path directory) throws IOException {
    Path keystore = directory.resolve("seal.p12");
    Files.write(keystore, SEAL.pkcs12());
    LazyExtractSeal.Opened opened =
        ExtractSealConfiguration.open(
            new ExtractSealProperties(keystore, new String(SEAL.password()), null, "Hải Phòng"),
            new SealTimestamping(null, null, null),
            clock);
    byte[] sealed;
    try {
      assertThat(opened.seal().level()).isEqualTo(Level.BASELINE_B);
      sealed = opened.seal().seal(ExtractPdfs.grade9());
    } finally {
      opened.key().close();
    }

    VerificationReport report = verifier.verify(sealed);

    assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(report.documentIntact()).isTrue();
    assertThat(report.signatureIntact()).isTrue();
    assertThat(report.chainTrusted()).isTrue();
    assertThat(report.signer().name()).isEqualTo("Hệ thống học bạ số");
  }

  @Test
  void aSealWithoutKeystoreOrWithAWrongPasswordIsUnavailableAndSaysWhichSetting(
      @TempDir Path directory) throws IOException {
    LazyExtractSeal unconfigured =
        new LazyExtractSeal(
            () ->
                ExtractSealConfiguration.open(
                    new ExtractSealProperties(null, null, null, "Hải Phòng"),
                    new SealTimestamping(null, null, null),
                    clock));
    assertThatThrownBy(() -> unconfigured.seal(ExtractPdfs.grade9()))
        .isInstanceOf(SealUnavailable.class)
        .hasMessageContaining("student-record.extracts.seal-keystore");

    Path keystore = directory.resolve("seal.p12");
    Files.write(keystore, SEAL.pkcs12());
    assertThatThrownBy(
            () ->
                ExtractSealConfiguration.open(
                    new ExtractSealProperties(keystore, "not-the-password", null, "Hải Phòng"),
                    new SealTimestamping(null, null, null),
                    clock))
        .isInstanceOf(SealUnavailable.class)
        .hasMessageContaining("cannot be opened")
        .hasMessageNotContaining("not-the-password");
  }

  /**
   * An offset in the middle of the largest stream of the first {@code revision} bytes (the extract
   * as drawn, before the seal's incremental update): the embedded font's data, which a change
   * leaves a readable PDF.
   */
  private static int middleOfTheLargestStream(byte[] pdf, int revision) {
    String text = new String(pdf, 0, revision, StandardCharsets.ISO_8859_1);
    int best = -1;
    int bestLength = 0;
    for (int start = text.indexOf("stream");
        start >= 0;
        start = text.indexOf("stream", start + 1)) {
      if (start >= 3 && text.startsWith("end", start - 3)) {
        continue;
      }
      int end = text.indexOf("endstream", start);
      if (end > start && end - start > bestLength) {
        bestLength = end - start;
        best = start + bestLength / 2;
      }
    }
    assertThat(best).as("a stream in the extract").isPositive();
    return best;
  }
}
