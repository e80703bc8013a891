package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.in.VerifyRecordsUseCase;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;

/** Whether a record is authentic, who signed it and when, and whether it was corrected. */
@RestController
@Tag(name = "Signing")
class RecordVerificationController {

  private final VerifyRecordsUseCase verification;
  private final RecordCallers callers;

  RecordVerificationController(VerifyRecordsUseCase verification, RecordCallers callers) {
    this.verification = verification;
    this.callers = callers;
  }

  @GetMapping("/api/v1/student-records/records/{recordId}/signature-verification")
  @PreAuthorize(RecordRoles.RECORD_READERS)
  @Operation(
      operationId = "verifyRecordSignatures",
      summary = "Verify a record's signatures against what is stored",
      description =
          "Each signature is verified offline (integrity of the document rebuilt from storage, the"
              + " chain to the configured roots, the certificate's status at signing time from the"
              + " validation data the signature carries). authentic: both signatures present and"
              + " valid. correctedBy names a later version. Same readers as getRecord.")
  @ApiResponse(responseCode = "200", description = "The report", useReturnTypeSchema = true)
  RecordCheckResponse verify(
      @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") @PathVariable UUID recordId) {
    return RecordCheckResponse.of(verification.verify(callers.actor(), recordId));
  }

  @Schema(description = "A record's verification")
  record RecordCheckResponse(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(example = "3110020001") String studentCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "1") int version,
      @Schema(example = "LOCKED") RecordStatus status,
      @Schema(
              description = "Both signatures present and valid over the stored record",
              example = "true")
          boolean authentic,
      @Schema(description = "Each signature's verification")
          List<SignatureCheckResponse> signatures,
      @Schema(description = "Signatures the record does not have yet", example = "[]")
          List<SignerRole> missingSignatures,
      @Schema(
              description = "The version that corrected this one, if any",
              example = "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f")
          @Nullable UUID correctedBy) {

    static RecordCheckResponse of(VerifyRecordsUseCase.RecordCheck c) {
      return new RecordCheckResponse(
          c.recordId(),
          c.studentCode(),
          c.schoolYear(),
          c.version(),
          c.status(),
          c.authentic(),
          c.signatures().stream().map(SignatureCheckResponse::of).toList(),
          c.missingSignatures(),
          c.correctedBy());
    }
  }

  @Schema(description = "One signature's verification")
  record SignatureCheckResponse(
      @Schema(example = "HOMEROOM_TEACHER") SignerRole role,
      @Schema(
              description =
                  "The signer's login; null for a signature received with an imported record",
              example = "gv.s311002")
          @Nullable String signerLogin,
      @Schema(description = "VALID, INVALID or INDETERMINATE", example = "VALID")
          VerificationReport.Verdict verdict,
      @Schema(
              description =
                  "The ETSI sub-indication when not valid (HASH_FAILURE for a changed record,"
                      + " NO_CERTIFICATE_CHAIN_FOUND, REVOKED_NO_POE, ...)",
              example = "HASH_FAILURE")
          @Nullable String reason,
      @Schema(description = "The record is the one signed", example = "true")
          boolean documentIntact,
      @Schema(description = "The chain ends at a configured root", example = "true")
          boolean chainTrusted,
      @Schema(description = "GOOD, REVOKED or UNKNOWN at signing time", example = "GOOD")
          VerificationReport.CertificateStatus certificateStatus,
      @Schema(description = "The signer's name from the certificate", example = "Nguyễn Thị Hoa")
          @Nullable String signerName,
      @Schema(description = "The unit from the certificate", example = "S311002")
          @Nullable String signerUnitCode,
      @Schema(
              description = "The time-stamp's time: when it was signed",
              example = "2026-05-25T08:30:01Z")
          @Nullable Instant timestampTime) {

    static SignatureCheckResponse of(VerifyRecordsUseCase.SignatureCheck c) {
      VerificationReport r = c.report();
      return new SignatureCheckResponse(
          c.signature().role(),
          c.signature().signerLogin(),
          r.verdict(),
          r.verdict() == VerificationReport.Verdict.VALID ? null : r.reason(),
          r.documentIntact(),
          r.chainTrusted(),
          r.certificateStatus(),
          r.signer() == null ? null : r.signer().name(),
          r.signer() == null ? null : r.signer().unitCode(),
          r.timestampTime());
    }
  }
}
