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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.CorrectionRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.ReopenRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.RecordResponse;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands;
import vn.edu.platform.studentrecord.record.application.port.in.RecordWorkflowUseCase;

/**
 * The school's workflow steps on one record, each with the revision the caller saw ({@code
 * If-Match}) and each audited: verify (complete, identity cross-checked), confirm, the grade-9
 * completion confirmation, lock (after the principal's signature), reopen (before it), correct
 * (after it: a new version).
 */
@RestController
@RequestMapping("/api/v1/student-records/records/{recordId}")
@Tag(name = "School records")
class RecordWorkflowController {

  private final RecordWorkflowUseCase workflow;
  private final RecordCallers callers;

  RecordWorkflowController(RecordWorkflowUseCase workflow, RecordCallers callers) {
    this.workflow = workflow;
    this.callers = callers;
  }

  @PostMapping("/verification")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "verifyRecord",
      summary = "Verify a draft: complete, and the identity cross-checked",
      description =
          "The school's administrator or principal. 422 record-incomplete with every missing"
              + " value; 422 identity-not-verified when the student's personal ID has not been"
              + " cross-checked; 409 record-state unless DRAFT; 412 when If-Match is stale.")
  @ApiResponse(responseCode = "200", description = "Verified", useReturnTypeSchema = true)
  RecordResponse verify(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected) {
    return RecordResponse.of(
        workflow.verify(new RecordCommands.Step(callers.actor(), recordId, expected)));
  }

  @PostMapping("/confirmation")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "confirmRecord",
      summary = "Confirm a verified record: ready for the homeroom teacher's signature",
      description = "The school's administrator or principal; 409 record-state unless VERIFIED.")
  @ApiResponse(responseCode = "200", description = "Confirmed", useReturnTypeSchema = true)
  RecordResponse confirm(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected) {
    return RecordResponse.of(
        workflow.confirm(new RecordCommands.Step(callers.actor(), recordId, expected)));
  }

  @PostMapping("/completion-confirmation")
  @PreAuthorize(RecordRoles.PRINCIPAL)
  @Operation(
      operationId = "confirmLowerSecondaryCompletion",
      summary = "Grade 9: the principal confirms completion of the lower-secondary programme",
      description =
          "From the school year 2025-2026 the record of grade 9 carries it instead of a diploma;"
              + " on a verified or confirmed record, before the signatures. 409"
              + " completion-not-applicable (not grade 9, or an earlier year),"
              + " completion-not-earned (the year's results do not promote), record-state.")
  @ApiResponse(responseCode = "200", description = "Confirmed", useReturnTypeSchema = true)
  RecordResponse confirmCompletion(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected) {
    return RecordResponse.of(
        workflow.confirmCompletion(new RecordCommands.Step(callers.actor(), recordId, expected)));
  }

  @PostMapping("/lock")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "lockRecord",
      summary = "Lock a record the principal signed",
      description =
          "Immutable from now on; publishes the year's final results. 409 record-state unless"
              + " SIGNED_BY_PRINCIPAL.")
  @ApiResponse(responseCode = "200", description = "Locked", useReturnTypeSchema = true)
  RecordResponse lock(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected) {
    return RecordResponse.of(
        workflow.lock(new RecordCommands.Step(callers.actor(), recordId, expected)));
  }

  @PostMapping("/reopening")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "reopenRecord",
      summary = "Take a record back to draft before the principal signs",
      description =
          "Drops the homeroom teacher's signature, if any. 409 record-state for a draft or a"
              + " record the principal signed (correct it instead).")
  @ApiResponse(responseCode = "200", description = "Reopened", useReturnTypeSchema = true)
  RecordResponse reopen(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected,
      @Valid @RequestBody ReopenRequest request) {
    return RecordResponse.of(
        workflow.reopen(
            new RecordCommands.Reopen(callers.actor(), recordId, expected, request.reason())));
  }

  @PostMapping("/corrections")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "correctRecord",
      summary = "Correct a signed record: a new version, to be signed again",
      description =
          "The signed version stays readable and is marked superseded; the new version (201) is a"
              + " draft naming it, the reason and the decision. 409 record-not-signed before the"
              + " principal's signature, record-superseded for an old version; 422 record-content.")
  @ApiResponse(responseCode = "201", description = "The new version", useReturnTypeSchema = true)
  ResponseEntity<RecordResponse> correct(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      ExpectedRevision expected,
      @Valid @RequestBody CorrectionRequest request) {
    var corrected =
        workflow.correct(
            new RecordCommands.Correct(
                callers.actor(),
                recordId,
                expected,
                request.content().toDomain("/content"),
                request.reason(),
                request.decisionNumber(),
                request.decisionDate()));
    return ResponseEntity.created(URI.create("/api/v1/student-records/records/" + corrected.id()))
        .body(RecordResponse.of(corrected));
  }
}
