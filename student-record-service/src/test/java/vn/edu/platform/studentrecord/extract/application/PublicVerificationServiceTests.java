package vn.edu.platform.studentrecord.extract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssueExtract;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssuedExtract;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.PublicVerification;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.fixtures.Actors;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;

/** The public verification of an extract by its code, against fakes of the out-ports. */
class PublicVerificationServiceTests {

  private static final UUID RECORD = ExtractedRecords.RECORD_ID;
  private static final UUID OTHER_RECORD = UUID.fromString("1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b");

  private final ExtractFakes.Records records =
      new ExtractFakes.Records()
          .with(ExtractedRecords.lockedGrade9())
          .with(ExtractedRecords.lockedGrade9(OTHER_RECORD, ExtractedRecords.SCHOOL, "2025-2026"));
  private final ExtractFakes.Repository repository = new ExtractFakes.Repository();
  private final ExtractFakes.Renderer renderer = new ExtractFakes.Renderer();
  private final IssueExtractService issuing =
      new IssueExtractService(
          records,
          repository,
          renderer,
          new ExtractFakes.Seal(),
          new ExtractFakes.Events(),
          new ExtractFakes.Audit(),
          ExtractFakes.CLOCK,
          ExtractFakes.PUBLIC_URL);
  private final PublicVerificationService verification =
      new PublicVerificationService(repository, records);

  /** Issues an extract of the record and returns the code printed on it. */
  private String codeOfAnExtractOf(UUID record) {
    IssuedExtract issued =
        issuing.issue(
            new IssueExtract(
                Actors.principal(ExtractedRecords.SCHOOL), "s", record, "Hồ sơ du học"));
    assertThat(issued.extract().recordId()).isEqualTo(record);
    return renderer.drawn.getLast().code().value();
  }

  private NotFound refusal(UUID record, String code) {
    return catchThrowableOfType(NotFound.class, () -> verification.verify(record, code));
  }

  @Test
  void theRightCodeAnswersWithTheRecordAndTheStudentsNameMasked() {
    String code = codeOfAnExtractOf(RECORD);

    PublicVerification answer = verification.verify(RECORD, code);

    assertThat(answer.maskedStudentName()).isEqualTo("Đ*** T** M* N**");
    assertThat(answer.maskedStudentName()).doesNotContain("ặng").doesNotContain("Ngữ");
    assertThat(answer.recordId()).isEqualTo(RECORD);
    assertThat(answer.status()).isEqualTo("LOCKED");
    assertThat(answer.schoolCode()).isEqualTo("S311002");
    assertThat(answer.schoolYear()).isEqualTo("2025-2026");
    assertThat(answer.grade()).isEqualTo(9);
    assertThat(answer.learning().code()).isEqualTo("GOOD");
    assertThat(answer.conduct().name()).isEqualTo("Tốt");
    assertThat(answer.signatures())
        .containsExactly(
            new SignatureCheck("HOMEROOM_TEACHER", ExtractedRecords.TEACHER_SIGNED, "VALID"),
            new SignatureCheck("PRINCIPAL", ExtractedRecords.PRINCIPAL_SIGNED, "VALID"));
    assertThat(answer.signaturesValid()).isTrue();
    assertThat(answer.corrected()).isFalse();
    assertThat(answer.correction()).isFalse();
    assertThat(answer.extractNumber().value()).isEqualTo("S311002-2025-2026-000001");
    assertThat(answer.extractIssuedAt()).isEqualTo(ExtractFakes.NOW);
    assertThat(answer.documentSha256()).isEqualTo(repository.log.getFirst().documentSha256());
  }

  @Test
  void theCodeIsReadAsAPersonTypesItInLowerCaseAndWithItsHyphens() {
    String code = codeOfAnExtractOf(RECORD);
    String typed =
        String.join(
                "-",
                code.substring(0, 4),
                code.substring(4, 8),
                code.substring(8, 12),
                code.substring(12))
            .toLowerCase(Locale.ROOT);

    assertThat(verification.verify(RECORD, " " + typed + " ").recordId()).isEqualTo(RECORD);
  }

  @Test
  void theReadForTheCodesHolderIsAuditedNamingTheExtract() {
    String code = codeOfAnExtractOf(RECORD);

    verification.verify(RECORD, code);

    assertThat(records.verificationPurposes)
        .containsExactly("public verification of extract S311002-2025-2026-000001");
  }

  @Test
  void aWrongCodeIsTheSame404AsAnUnknownRecordAndNothingIsRead() {
    String code = codeOfAnExtractOf(RECORD);
    String otherRecordsCode = codeOfAnExtractOf(OTHER_RECORD);

    NotFound unknownRecord = refusal(UUID.randomUUID(), code);
    NotFound wrongCode = refusal(RECORD, "ABCDEFGHIJKLMNOP");
    NotFound anotherRecordsCode = refusal(RECORD, otherRecordsCode);
    NotFound notACode = refusal(RECORD, "not a code at all");
    NotFound empty = refusal(RECORD, "");

    for (NotFound refusal : new NotFound[] {wrongCode, anotherRecordsCode, notACode, empty}) {
      assertThat(refusal.code())
          .isEqualTo(unknownRecord.code())
          .isEqualTo("verification-not-found");
      assertThat(refusal.args()).isEqualTo(unknownRecord.args()).isEmpty();
      assertThat(refusal.getMessage()).isEqualTo(unknownRecord.getMessage());
    }
    assertThat(records.verificationPurposes).isEmpty();
  }

  @Test
  void aRecordWhoseSignaturesNoLongerVerifySaysSo() {
    String code = codeOfAnExtractOf(RECORD);
    records.authentic = false;

    PublicVerification answer = verification.verify(RECORD, code);

    assertThat(answer.signaturesValid()).isFalse();
    assertThat(answer.signatures()).extracting(SignatureCheck::verdict).containsOnly("INVALID");
  }

  @Test
  void aRecordCorrectedAfterTheExtractWasIssuedSaysItWasCorrected() {
    String code = codeOfAnExtractOf(RECORD);
    records.with(ExtractedRecords.grade9("LOCKED", true, UUID.randomUUID()));

    assertThat(verification.verify(RECORD, code).corrected()).isTrue();
  }
}
