package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.starter.web.text.SingleLineText;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordBodies.BulkEntry;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordBodies.ContentBody;

/** The records' requests. */
final class RecordRequests {

  private RecordRequests() {}

  /** The most records one bulk request carries: a large school's year. */
  static final int MAX_BULK_RECORDS = 3000;

  @Schema(description = "Enter or replace the content of a student's record of a school year")
  record SubmitRecordRequest(
      @Schema(description = "The student's code", example = "3110020001")
          @NotNull
          @Size(max = 10)
          @Pattern(regexp = RecordBodies.STUDENT_CODE)
          String studentCode,
      @Schema(description = "The school year", example = "2025-2026")
          @NotNull
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Schema(description = "The content") @NotNull @Valid ContentBody content) {}

  @Schema(
      description =
          "The records of one class (classId) or one school (schoolCode) in one request: all"
              + " stored, or none")
  record BulkSubmissionRequest(
      @Schema(description = "The school year", example = "2025-2026")
          @NotNull
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Schema(
              description = "The class, for a class's records",
              example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
          @Nullable UUID classId,
      @Schema(description = "The school, for a whole school's records", example = "S311002")
          @Nullable
          @Size(max = 32)
          @SingleLineText
          String schoolCode,
      @ArraySchema(
              arraySchema = @Schema(description = "One entry per student"),
              maxItems = MAX_BULK_RECORDS)
          @NotNull
          @Size(min = 1, max = MAX_BULK_RECORDS)
          List<@Valid @NotNull BulkEntry> records) {}

  @Schema(description = "Why a record goes back to draft")
  record ReopenRequest(
      @Schema(description = "The reason", example = "Giáo viên phát hiện nhập sai điểm giữa kỳ")
          @NotBlank
          @Size(max = 500)
          String reason) {}

  @Schema(description = "A correction of a signed record: the new content, why, and the decision")
  record CorrectionRequest(
      @Schema(description = "The corrected content") @NotNull @Valid ContentBody content,
      @Schema(description = "The reason", example = "Sai điểm cuối kỳ II môn Toán")
          @NotBlank
          @Size(max = 500)
          String reason,
      @Schema(description = "The principal's decision's number", example = "15/QĐ-THHB")
          @NotBlank
          @Size(max = 100)
          @SingleLineText
          String decisionNumber,
      @Schema(description = "The decision's date", example = "2026-08-10") @NotNull
          LocalDate decisionDate) {}

  @Schema(description = "Sign every record waiting for the caller's signature, in one job")
  record SigningJobRequest(
      @Schema(description = "HOMEROOM_TEACHER or PRINCIPAL", example = "HOMEROOM_TEACHER") @NotNull
          SignerRole role,
      @Schema(description = "The school", example = "S311002")
          @NotBlank
          @Size(max = 32)
          @SingleLineText
          String schoolCode,
      @Schema(description = "The school year", example = "2025-2026")
          @NotNull
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Schema(
              description = "The class (required for the homeroom teacher)",
              example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
          @Nullable UUID classId,
      @ArraySchema(
              arraySchema =
                  @Schema(description = "Only these records (each must wait for the signature)"),
              maxItems = MAX_BULK_RECORDS)
          @Nullable
          @Size(max = MAX_BULK_RECORDS)
          List<@NotNull UUID> recordIds) {}

  @Schema(description = "The one-time code the CA sent the signer")
  record OneTimeCodeRequest(
      @Schema(description = "The code", example = "482913")
          @NotNull
          @Size(max = 10)
          @Pattern(regexp = "^[0-9]{4,10}$")
          String code) {}
}
