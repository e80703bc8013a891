package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.security.SchoolStaff;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.OneTimeCodeRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.SigningJobRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.SigningJobResponse;
import vn.edu.platform.studentrecord.record.application.port.in.SignRecordsUseCase;
import vn.edu.platform.studentrecord.record.domain.SigningJob;

/**
 * Bulk signing: one request signs a class (homeroom teacher) or a school (principal); the CA texts
 * the signer a one-time code, which they hand the job; each record gets its own JAdES baseline-LT
 * signature entry, checked against the register of signers before anything is signed.
 */
@RestController
@RequestMapping("/api/v1/student-records/signing-jobs")
@Tag(name = "Signing")
class SigningJobController {

  private final SignRecordsUseCase signing;
  private final RecordCallers callers;

  SigningJobController(SignRecordsUseCase signing, RecordCallers callers) {
    this.signing = signing;
    this.callers = callers;
  }

  @PostMapping
  @PreAuthorize(RecordRoles.SIGNERS)
  @Operation(
      operationId = "startSigningJob",
      summary = "Sign every record waiting for the caller's signature, in one action",
      description =
          "A homeroom teacher signs the CONFIRMED records of their class (classId required); a"
              + " principal the records of the school the homeroom teachers signed (all, one"
              + " class, or the records named). 202 with the job; it asks the CA for a one-time"
              + " code and waits for it (AWAITING_CODE). 409 nothing-to-sign,"
              + " record-not-confirmed / record-not-signed-by-teacher for a named record that is"
              + " not waiting, class-required; 403 for another class's teacher.")
  @ApiResponse(responseCode = "202", description = "Started", useReturnTypeSchema = true)
  ResponseEntity<SigningJobResponse> start(@Valid @RequestBody SigningJobRequest request) {
    SigningJob job =
        signing.start(
            new SignRecordsUseCase.StartSigning(
                callers.actor(),
                request.role(),
                request.schoolCode(),
                request.schoolYear(),
                request.classId(),
                request.recordIds()));
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/student-records/signing-jobs/" + job.id()))
        .body(SigningJobResponse.of(job));
  }

  @GetMapping("/{jobId}")
  @SchoolStaff
  @Operation(
      operationId = "getSigningJob",
      summary = "A signing job's state",
      description = "The school's staff; 404 signing-job-not-found for others.")
  @ApiResponse(responseCode = "200", description = "The job", useReturnTypeSchema = true)
  SigningJobResponse get(
      @PathVariable @Parameter(example = "2b1a0f9e-8d7c-4b6a-9f5e-4d3c2b1a0f9e") UUID jobId) {
    return SigningJobResponse.of(signing.job(callers.actor(), jobId));
  }

  @PostMapping("/{jobId}/one-time-code")
  @PreAuthorize(RecordRoles.SIGNERS)
  @Operation(
      operationId = "submitSigningCode",
      summary = "Hand the waiting job the one-time code the CA sent the signer",
      description =
          "Only the job's signer (403 otherwise); 409 signing-job-not-waiting unless the job is"
              + " AWAITING_CODE. A wrong code fails the job (otp-invalid): start it again.")
  @ApiResponse(responseCode = "200", description = "Handed over", useReturnTypeSchema = true)
  SigningJobResponse submitCode(
      @PathVariable @Parameter(example = "2b1a0f9e-8d7c-4b6a-9f5e-4d3c2b1a0f9e") UUID jobId,
      @Valid @RequestBody OneTimeCodeRequest request) {
    return SigningJobResponse.of(signing.submitCode(callers.actor(), jobId, request.code()));
  }
}
