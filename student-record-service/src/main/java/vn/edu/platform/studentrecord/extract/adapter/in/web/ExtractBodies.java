package vn.edu.platform.studentrecord.extract.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.web.text.SingleLineText;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.PublicVerification;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Level;
import vn.edu.platform.studentrecord.extract.domain.IssuerRole;

/** The extracts' requests and answers. */
final class ExtractBodies {

  private ExtractBodies() {}

  @Schema(description = "Why an extract of the record is wanted")
  record IssueExtractRequest(
      @Schema(
              description = "The purpose, printed on the extract and kept in its log; one line",
              example = "Nộp hồ sơ tuyển sinh lớp 10",
              maxLength = Extract.MAX_PURPOSE_LENGTH)
          @NotBlank
          @Size(max = Extract.MAX_PURPOSE_LENGTH)
          @SingleLineText
          String purpose) {}

  @Schema(description = "One extract in the log of a record's extracts")
  record ExtractEntry(
      @Schema(
              description = "The extract's number in the school's register of the year",
              example = "S311002-2025-2026-000123")
          String number,
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(description = "The record version it reproduces", example = "1") int recordVersion,
      @Schema(description = "Why it was issued", example = "Nộp hồ sơ tuyển sinh lớp 10")
          String purpose,
      @Schema(
              description =
                  "In which capacity it was asked for: PRINCIPAL, SCHOOL_ADMIN, TEACHER,"
                      + " DEPARTMENT, GOVERNMENT_SYSTEM, GUARDIAN",
              example = "PRINCIPAL")
          IssuerRole issuedByRole,
      @Schema(
              description = "The login of who asked for it; null for a government system",
              example = "ht.s311002")
          @Nullable String issuedByLogin,
      @Schema(
              description = "The stable account id (token subject) of who asked for it",
              example = "8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60")
          String issuedBySubject,
      @Schema(example = "2026-06-02T02:15:00Z") Instant issuedAt,
      @Schema(
              description = "SHA-256 of the sealed PDF as it was handed out",
              example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
          String documentSha256) {

    static ExtractEntry of(Extract e) {
      return new ExtractEntry(
          e.number().value(),
          e.recordId(),
          e.recordVersion(),
          e.purpose(),
          e.issuer().role(),
          e.issuer().login(),
          e.issuer().subject(),
          e.issuedAt(),
          e.documentSha256());
    }
  }

  @Schema(description = "A level by its code and as the học bạ prints it")
  record LevelView(
      @Schema(description = "The level's code", example = "GOOD") String code,
      @Schema(description = "The level in Vietnamese", example = "Tốt") String name) {

    static @Nullable LevelView of(@Nullable Level level) {
      return level == null ? null : new LevelView(level.code(), level.name());
    }
  }

  @Schema(description = "What the holder of an extract's code learns of the record it reproduces")
  record VerificationAnswer(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(description = "The record's version, 1 then +1 per correction", example = "1")
          int version,
      @Schema(description = "SIGNED_BY_PRINCIPAL or LOCKED", example = "LOCKED") String status,
      @Schema(description = "The school that owns the record", example = "S311002")
          String schoolCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "9") int grade,
      @Schema(
              description = "The student's name, each word but its first letter hidden",
              example = "N***** V** A*")
          String studentName,
      @Schema(
              description =
                  "The year's learning result (grades 6-12: GOOD, FAIR, PASS, FAIL) or outcome"
                      + " (grades 1-5: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED)")
          LevelView learning,
      @Schema(description = "The year's conduct (grades 6-12); null for grades 1-5")
          @Nullable LevelView conduct,
      @Schema(description = "The record's signatures, each verified")
          List<SignatureVerdict> signatures,
      @Schema(
              description =
                  "Both signatures present and valid over the record as stored: the record is"
                      + " authentic",
              example = "true")
          boolean signaturesValid,
      @Schema(
              description =
                  "A later version corrected this one: the extract shows an outdated version",
              example = "false")
          boolean correctedByLaterVersion,
      @Schema(description = "This version corrects an earlier one", example = "false")
          boolean correctionOfEarlierVersion,
      @Schema(
              description = "The number of the extract the code belongs to, printed on it",
              example = "S311002-2025-2026-000123")
          String extractNumber,
      @Schema(description = "When that extract was issued", example = "2026-06-02T02:15:00Z")
          Instant extractIssuedAt,
      @Schema(
              description =
                  "SHA-256 of the sealed PDF as issued, to compare with an electronic copy",
              example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
          String documentSha256) {

    static VerificationAnswer of(PublicVerification v) {
      return new VerificationAnswer(
          v.recordId(),
          v.version(),
          v.status(),
          v.schoolCode(),
          v.schoolYear(),
          v.grade(),
          v.maskedStudentName(),
          LevelView.of(v.learning()),
          LevelView.of(v.conduct()),
          v.signatures().stream().map(SignatureVerdict::of).toList(),
          v.signaturesValid(),
          v.corrected(),
          v.correction(),
          v.extractNumber().value(),
          v.extractIssuedAt(),
          v.documentSha256());
    }
  }

  @Schema(description = "One signature of the record and its verification")
  record SignatureVerdict(
      @Schema(description = "HOMEROOM_TEACHER or PRINCIPAL", example = "PRINCIPAL") String role,
      @Schema(example = "2026-05-28T03:00:00Z") Instant signedAt,
      @Schema(description = "VALID, INVALID or INDETERMINATE", example = "VALID") String verdict) {

    static SignatureVerdict of(SignatureCheck c) {
      return new SignatureVerdict(c.role(), c.signedAt(), c.verdict());
    }
  }
}
