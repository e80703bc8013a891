package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.jades.DSSJsonUtils;
import eu.europa.esig.dss.spi.DSSUtils;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.canonical.CanonicalJson;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.testing.CountingSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * One baseline-LT signature for a class's records: the signed header lists each record's digest, so
 * the key signs once and the time-stamp authority is asked once, yet each record verifies on its
 * own, with only its own text.
 */
class BatchSignaturesTests {

  private static final BatchTestPki PKI = BatchTestPki.create();
  private static final List<NamedJson> CLASS_6A = BatchTestPki.classRecords("31100200", "6A", 45);

  private static LocalSigningKey teacher;
  private static SignedBatch batch;
  private static byte[] signature;
  private static CountingSigningKey countingTeacher;

  private final JsonSignatureVerifier verifier =
      new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()));

  @BeforeAll
  static void signTheClass() {
    teacher = PKI.homeroomTeacher("Trần Thị Mai");
    JsonSigner signer = new JsonSigner(PKI.clock(), PKI.tsa().tspSource(), PKI.validationData());
    countingTeacher = new CountingSigningKey(teacher);
    batch = signer.signBatch(CLASS_6A, countingTeacher, Level.BASELINE_LT);
    signature = batch.signatureOf(CLASS_6A.getFirst().name());
  }

  @AfterAll
  static void closeKey() {
    teacher.close();
  }

  @Test
  void aClassOfFortyFiveIsSignedInGroupsUnderOneRequestToTheKey() {
    int groups = Math.ceilDiv(45, JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE);
    assertThat(groups).isGreaterThan(1);
    assertThat(batch.parts()).hasSize(groups);
    assertThat(batch.parts().getFirst().names())
        .containsExactlyElementsOf(
            CLASS_6A.stream()
                .limit(JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE)
                .map(NamedJson::name)
                .toList());
    assertThat(batch.size()).isEqualTo(45);
    assertThat(countingTeacher.requests()).isEqualTo(1);
    assertThat(countingTeacher.digests()).isEqualTo(groups);
  }

  @Test
  void eachRecordVerifiesOnItsOwnAtLt() {
    for (NamedJson record : List.of(CLASS_6A.getFirst(), CLASS_6A.get(17), CLASS_6A.getLast())) {
      VerificationReport report =
          verifier.verifyInBatch(batch.signatureOf(record.name()), record.name(), record.json());

      assertThat(report.messages()).isEmpty();
      assertThat(report.verdict()).isEqualTo(Verdict.VALID);
      assertThat(report.documentIntact()).isTrue();
      assertThat(report.timestamps()).isEqualTo(1);
      assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
      assertThat(report.signer().role()).isEqualTo("Giáo viên chủ nhiệm");
    }
  }

  @Test
  void theHeaderListsTheSha256OfEachCanonicalRecord() {
    String header = protectedHeader(signature);
    byte[] digest =
        DSSUtils.digest(DigestAlgorithm.SHA256, CanonicalJson.of(CLASS_6A.get(3).json()));

    assertThat(header)
        .contains(CLASS_6A.get(3).name())
        .contains(DSSJsonUtils.toBase64Url(digest))
        .contains("\"b64\":false");
  }

  @Test
  void aChangedRecordIsInvalidAndTheOthersStayValid() {
    NamedJson record = CLASS_6A.get(5);
    String changed = record.json().replace("\"Tốt\"", "\"Khá\"");

    VerificationReport report = verifier.verifyInBatch(signature, record.name(), changed);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("HASH_FAILURE");
    assertThat(report.documentIntact()).isFalse();
    NamedJson neighbour = CLASS_6A.get(6);
    assertThat(verifier.verifyInBatch(signature, neighbour.name(), neighbour.json()).verdict())
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void aRecordPresentedUnderAnotherStudentsNameIsInvalid() {
    VerificationReport report =
        verifier.verifyInBatch(signature, CLASS_6A.get(1).name(), CLASS_6A.get(2).json());

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("HASH_FAILURE");
  }

  @Test
  void aRecordTheBatchDoesNotListIsNotCovered() {
    VerificationReport report =
        verifier.verifyInBatch(signature, "urn:edu:hoc-ba:3110029999:2025-2026:v1", "{}");

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo(JsonSignatureVerifier.DOCUMENT_NOT_COVERED);
  }

  @Test
  void aTruncatedSignatureIsNotASignature() {
    byte[] truncated = java.util.Arrays.copyOf(signature, signature.length / 2);

    VerificationReport report =
        verifier.verifyInBatch(truncated, CLASS_6A.getFirst().name(), CLASS_6A.getFirst().json());

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.reason()).isEqualTo("NOT_A_SIGNATURE");
  }

  @Test
  void aSchoolsWholeGradeIsSignedInGroupsWithOneRequestToTheKey() throws InterruptedException {
    List<NamedJson> grade6 =
        IntStream.range(0, 2 * JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE + 10)
            .mapToObj(
                i ->
                    new NamedJson(
                        "urn:edu:hoc-ba:3110%06d:2025-2026:v1".formatted(i),
                        "{\"studentCode\": \"3110%06d\", \"grade\": 6}".formatted(i)))
            .toList();
    JsonSigner signer = new JsonSigner(PKI.clock(), PKI.tsa().tspSource(), PKI.validationData());
    CountingSigningKey counting = new CountingSigningKey(teacher);
    SignedBatch[] batch = new SignedBatch[1];
    // a request thread's stack, not the main thread's 8 MB: DSS's checks recurse per document
    Thread thread =
        new Thread(
            null,
            () -> batch[0] = signer.signBatch(grade6, counting, Level.BASELINE_LT),
            "signer",
            512 * 1024);
    thread.start();
    thread.join();

    assertThat(batch[0].parts()).hasSize(3);
    assertThat(batch[0].parts().getLast().names()).hasSize(10);
    assertThat(batch[0].size()).isEqualTo(grade6.size());
    assertThat(counting.requests()).isEqualTo(1);
    assertThat(counting.digests()).isEqualTo(3);
    assertThat(grade6).hasSizeGreaterThan(JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE * 2);
    for (NamedJson record :
        List.of(
            grade6.getFirst(),
            grade6.get(JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE + 3),
            grade6.getLast())) {
      byte[] part = batch[0].signatureOf(record.name());
      assertThat(verifier.verifyInBatch(part, record.name(), record.json()).verdict())
          .isEqualTo(Verdict.VALID);
    }
    NamedJson elsewhere = grade6.get(JsonSigner.MAX_DOCUMENTS_PER_SIGNATURE + 3);
    assertThat(
            verifier
                .verifyInBatch(
                    batch[0].signatureOf(grade6.getFirst().name()),
                    elsewhere.name(),
                    elsewhere.json())
                .reason())
        .isEqualTo(JsonSignatureVerifier.DOCUMENT_NOT_COVERED);
  }

  @Test
  void twoRecordsWithOneNameAreRefused() {
    List<NamedJson> twice = List.of(CLASS_6A.getFirst(), CLASS_6A.getFirst());
    JsonSigner signer = new JsonSigner(PKI.clock());

    assertThatThrownBy(() -> signer.signBatch(twice, teacher, Level.BASELINE_B))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two documents");
  }

  static String protectedHeader(byte[] flattenedJws) {
    String text = new String(flattenedJws, StandardCharsets.UTF_8);
    int start = text.indexOf("\"protected\":\"") + "\"protected\":\"".length();
    String encoded = text.substring(start, text.indexOf('"', start));
    return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
  }

  /**
   * Verifications on several threads, each with a verifier of its own: without the platform's lock
   * DSS answered SIGNED_DATA_NOT_FOUND for one of two parallel verifications within a hundred
   * pairs.
   */
  @Test
  void verificationsOnTwoThreadsWithTwoVerifiersAllAnswerValid() throws Exception {
    JsonSignatureVerifier other = new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()));
    NamedJson first = CLASS_6A.getFirst();
    NamedJson last = CLASS_6A.getLast();
    byte[] lastSignature = batch.signatureOf(last.name());
    try (java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2)) {
      List<java.util.concurrent.Future<Verdict>> verdicts = new java.util.ArrayList<>();
      for (int i = 0; i < 150; i++) {
        verdicts.add(
            pool.submit(
                () -> verifier.verifyInBatch(signature, first.name(), first.json()).verdict()));
        verdicts.add(
            pool.submit(
                () -> other.verifyInBatch(lastSignature, last.name(), last.json()).verdict()));
      }
      for (java.util.concurrent.Future<Verdict> verdict : verdicts) {
        assertThat(verdict.get()).isEqualTo(Verdict.VALID);
      }
    }
  }
}
