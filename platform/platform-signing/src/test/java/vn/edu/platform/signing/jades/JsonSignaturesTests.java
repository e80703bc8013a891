package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.testing.CountingSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

class JsonSignaturesTests {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", NOW);
  private static final IssuedSigner TEACHER =
      PKI.issueSigner(
          "Nguyễn Thị Lan",
          "Trường Tiểu học Hồng Bàng",
          "S311002",
          "Giáo viên chủ nhiệm",
          NOW.minus(Duration.ofDays(1)),
          Duration.ofDays(730));
  private static final LocalSigningKey KEY = TEACHER.openKey();

  private static final String RECORD =
      """
      {"studentCode": "3110020001", "schoolYear": "2025-2026", "grade": 1,
       "fullName": "Trần Văn An", "subjects": [{"code": "TV", "level": "T", "score": 9}]}
      """;

  private final JsonSigner signer = new JsonSigner(Clock.fixed(NOW, ZoneOffset.UTC));
  private final JsonSignatureVerifier verifier =
      JsonSignatureVerifier.acceptingBaselineB(List.of(PKI.rootCertificate()));

  @AfterAll
  static void closeKey() {
    KEY.close();
  }

  @Test
  void aSignedRecordVerifiesWithItsSignerTakenFromTheCertificate() {
    byte[] signature = signer.sign(List.of(RECORD), KEY, JsonSigner.Level.BASELINE_B).getFirst();

    VerificationReport report = verifier.verify(signature, RECORD);

    assertThat(report.documentIntact()).isTrue();
    assertThat(report.signatureIntact()).isTrue();
    assertThat(report.chainTrusted()).isTrue();
    assertThat(report.signer())
        .isEqualTo(
            new VerificationReport.Signer(
                "Nguyễn Thị Lan", "Trường Tiểu học Hồng Bàng", "S311002", "Giáo viên chủ nhiệm"));
    assertThat(report.claimedSigningTime()).isEqualTo(NOW);
    assertThat(report.timestamps()).isZero();
    assertThat(report.timestampTime()).isNull();
    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.UNKNOWN);
    // baseline-B carries no revocation data and the verifier asks no CRL or OCSP responder: DSS
    // cannot tell whether the certificate was revoked, so the verdict waits for baseline-LT
    assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(report.reason()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertThat(report.messages()).contains("No revocation data found for the certificate!");
  }

  @Test
  void theSameRecordWrittenDifferentlyStillVerifies() {
    byte[] signature = signer.sign(List.of(RECORD), KEY, JsonSigner.Level.BASELINE_B).getFirst();
    String reordered =
        """
        {"subjects":[{"score":9.0,"level":"T","code":"TV"}],"grade":1,"schoolYear":"2025-2026",
        "studentCode":"3110020001","fullName":"Tr\\u1ea7n V\\u0103n An"}
        """;

    VerificationReport report = verifier.verify(signature, reordered);

    assertThat(report.documentIntact()).isTrue();
    assertThat(report.signatureIntact()).isTrue();
  }

  @Test
  void aChangedScoreIsInvalidWithAHashFailure() {
    byte[] signature = signer.sign(List.of(RECORD), KEY, JsonSigner.Level.BASELINE_B).getFirst();

    VerificationReport report =
        verifier.verify(signature, RECORD.replace("\"score\": 9", "\"score\": 10"));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("HASH_FAILURE");
    assertThat(report.documentIntact()).isFalse();
  }

  @Test
  void aSignatureByAnUnknownCaIsIndeterminateWithoutAChain() {
    DevelopmentPki other = DevelopmentPki.create("Another authority", NOW);
    byte[] signature = signer.sign(List.of(RECORD), KEY, JsonSigner.Level.BASELINE_B).getFirst();

    VerificationReport report =
        JsonSignatureVerifier.acceptingBaselineB(List.of(other.rootCertificate()))
            .verify(signature, RECORD);

    assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(report.reason()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    assertThat(report.chainTrusted()).isFalse();
    assertThat(report.documentIntact()).isTrue();
  }

  @Test
  void bytesThatAreNoSignatureAreInvalidNotAnError() {
    byte[] signature = signer.sign(List.of(RECORD), KEY, JsonSigner.Level.BASELINE_B).getFirst();
    byte[] truncated = Arrays.copyOf(signature, signature.length / 2);

    for (byte[] bytes :
        List.of(truncated, "not a signature".getBytes(StandardCharsets.UTF_8), new byte[0])) {
      VerificationReport report = verifier.verify(bytes, RECORD);
      assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
      assertThat(report.reason()).isEqualTo("NOT_A_SIGNATURE");
    }
  }

  @Test
  void aBatchIsSignedWithOneRequestToTheKey() {
    CountingSigningKey counting = new CountingSigningKey(KEY);
    List<String> records =
        List.of(RECORD, RECORD.replace("3110020001", "3110020002"), RECORD.replace("An", "Bình"));

    List<byte[]> signatures = signer.sign(records, counting, JsonSigner.Level.BASELINE_B);

    assertThat(counting.requests()).isEqualTo(1);
    assertThat(signatures).hasSize(3);
    for (int i = 0; i < records.size(); i++) {
      assertThat(verifier.verify(signatures.get(i), records.get(i)).documentIntact()).isTrue();
    }
    assertThat(verifier.verify(signatures.get(0), records.get(1)).documentIntact()).isFalse();
  }
}
