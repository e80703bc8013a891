package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * A verifier remembering the group signatures it found valid: the other documents of a group are
 * answered without DSS, yet every answer is still about the document given (its digest against the
 * signed header), and nothing but a valid verdict on the very same signature bytes is reused.
 */
class RememberedGroupsTests {

  private static final BatchTestPki PKI = BatchTestPki.create();
  private static final List<NamedJson> CLASS_7B = BatchTestPki.classRecords("31100300", "7B", 30);

  private static LocalSigningKey teacher;
  private static SignedBatch batch;

  private final JsonSignatureVerifier verifier =
      new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()))
          .rememberingValidGroups(100, Duration.ofMinutes(10));

  @BeforeAll
  static void signTheClass() {
    teacher = PKI.homeroomTeacher("Đỗ Thị Lan");
    JsonSigner signer = new JsonSigner(PKI.clock(), PKI.tsa().tspSource(), PKI.validationData());
    batch = signer.signBatch(CLASS_7B, teacher, Level.BASELINE_LT);
  }

  @AfterAll
  static void closeKey() {
    teacher.close();
  }

  private VerificationReport verify(NamedJson record) {
    return verifier.verifyInBatch(batch.signatureOf(record.name()), record.name(), record.json());
  }

  @Test
  void theOtherRecordsOfAValidGroupAreAnsweredWithoutAnotherValidation() {
    VerificationReport first = verify(CLASS_7B.get(0));
    VerificationReport second = verify(CLASS_7B.get(1));
    VerificationReport again = verify(CLASS_7B.get(0));

    assertThat(first.verdict()).isEqualTo(Verdict.VALID);
    assertThat(second).isEqualTo(first);
    assertThat(again).isEqualTo(first);
    assertThat(verifier.validations()).isEqualTo(1);
    assertThat(verifier.rememberedAnswers()).isEqualTo(2);
  }

  @Test
  void eachGroupIsValidatedOnceByItself() {
    // records 1 and 21 are in two groups of 20: two signatures, two validations
    verify(CLASS_7B.get(0));
    verify(CLASS_7B.get(20));
    verify(CLASS_7B.get(21));
    verify(CLASS_7B.get(2));

    assertThat(batch.parts()).hasSize(2);
    assertThat(verifier.validations()).isEqualTo(2);
    assertThat(verifier.rememberedAnswers()).isEqualTo(2);
  }

  @Test
  void aChangedRecordOfARememberedGroupIsValidatedAgainAndFailsAsDssSays() {
    NamedJson record = CLASS_7B.get(4);
    assertThat(verify(CLASS_7B.get(3)).verdict()).isEqualTo(Verdict.VALID);

    VerificationReport changed =
        verifier.verifyInBatch(
            batch.signatureOf(record.name()),
            record.name(),
            record.json().replace("\"Tốt\"", "\"Khá\""));

    assertThat(changed.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(changed.reason()).isEqualTo("HASH_FAILURE");
    assertThat(changed.documentIntact()).isFalse();
    assertThat(verifier.validations()).isEqualTo(2);
    assertThat(verifier.rememberedAnswers()).isZero();
  }

  @Test
  void aRecordUnderAnotherStudentsNameIsNotAnsweredFromMemory() {
    assertThat(verify(CLASS_7B.get(5)).verdict()).isEqualTo(Verdict.VALID);

    VerificationReport swapped =
        verifier.verifyInBatch(
            batch.signatureOf(CLASS_7B.get(6).name()),
            CLASS_7B.get(6).name(),
            CLASS_7B.get(7).json());

    assertThat(swapped.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(swapped.reason()).isEqualTo("HASH_FAILURE");
  }

  @Test
  void aNameTheRememberedGroupDoesNotListIsNotCovered() {
    assertThat(verify(CLASS_7B.get(8)).verdict()).isEqualTo(Verdict.VALID);

    VerificationReport report =
        verifier.verifyInBatch(
            batch.signatureOf(CLASS_7B.get(8).name()),
            "urn:edu:hoc-ba:3110039999:2025-2026:v1",
            "{}");

    assertThat(report.reason()).isEqualTo(JsonSignatureVerifier.DOCUMENT_NOT_COVERED);
    assertThat(verifier.validations()).isEqualTo(1);
  }

  @Test
  void aSignatureChangedByOneCharacterIsNotTheRememberedOne() {
    NamedJson record = CLASS_7B.get(9);
    byte[] signature = batch.signatureOf(record.name());
    assertThat(verify(record).verdict()).isEqualTo(Verdict.VALID);

    VerificationReport report =
        verifier.verifyInBatch(withSignatureValueChanged(signature), record.name(), record.json());

    assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    assertThat(verifier.validations()).isEqualTo(2);
    assertThat(verifier.rememberedAnswers()).isZero();
  }

  @Test
  void anInvalidVerdictIsNeverRemembered() {
    NamedJson record = CLASS_7B.get(10);
    byte[] signature = batch.signatureOf(record.name());
    verifier.verifyInBatch(signature, record.name(), record.json().replace("\"Tốt\"", "\"Khá\""));
    verifier.verifyInBatch(signature, record.name(), "{\"changed\": true}");

    assertThat(verifier.validations()).isEqualTo(2);
    assertThat(verify(record).verdict()).isEqualTo(Verdict.VALID);
    assertThat(verifier.validations()).isEqualTo(3);
  }

  @Test
  void aRememberedGroupIsValidatedAgainOnceItsTimeHasPassed() {
    JsonSignatureVerifier brief =
        new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()))
            .rememberingValidGroups(100, Duration.ofMillis(200));
    NamedJson record = CLASS_7B.get(11);
    byte[] signature = batch.signatureOf(record.name());
    brief.verifyInBatch(signature, record.name(), record.json());
    brief.verifyInBatch(signature, record.name(), record.json());
    assertThat(brief.validations()).isEqualTo(1);

    // answered from memory until the 200 ms have passed, then by DSS once more
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                brief.verifyInBatch(signature, record.name(), record.json()).verdict()
                        == Verdict.VALID
                    && brief.validations() == 2);

    assertThat(brief.validations()).isEqualTo(2);
  }

  @Test
  void rememberedAnswersOnSeveralThreadsAreAllValid() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<Verdict>> verdicts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        NamedJson record = CLASS_7B.get(i % CLASS_7B.size());
        verdicts.add(pool.submit(() -> verify(record).verdict()));
      }
      for (Future<Verdict> verdict : verdicts) {
        assertThat(verdict.get()).isEqualTo(Verdict.VALID);
      }
    }
    assertThat(verifier.validations() + verifier.rememberedAnswers()).isEqualTo(200);
    // two groups, each validated at least once and at most once per thread that raced for it
    assertThat(verifier.validations()).isBetween(2L, 4L);
  }

  @Test
  void aMemoryNeedsRoomAndTime() {
    JsonSignatureVerifier plain = new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()));

    assertThatThrownBy(() -> plain.rememberingValidGroups(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.rememberingValidGroups(10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The JWS with one character of its signature value replaced (still base64url). */
  private static byte[] withSignatureValueChanged(byte[] flattenedJws) {
    String text = new String(flattenedJws, StandardCharsets.UTF_8);
    int start = text.indexOf("\"signature\":\"") + "\"signature\":\"".length() + 10;
    char replaced = text.charAt(start) == 'A' ? 'B' : 'A';
    return (text.substring(0, start) + replaced + text.substring(start + 1))
        .getBytes(StandardCharsets.UTF_8);
  }
}
