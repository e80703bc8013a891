package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.web.text.SingleLineText;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.RecordSummary;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands;
import vn.edu.platform.studentrecord.record.application.port.in.RecordWorkflowUseCase;

/** A workflow step taken on a whole class or school at once, each record on its own. */
@RestController
@Tag(name = "School records")
class BulkStepController {

  private final RecordWorkflowUseCase workflow;
  private final RecordCallers callers;

  BulkStepController(RecordWorkflowUseCase workflow, RecordCallers callers) {
    this.workflow = workflow;
    this.callers = callers;
  }

  @Schema(description = "A step for every record of a class or a school waiting for it")
  record BulkStepRequest(
      @Schema(
              description = "VERIFY the drafts, CONFIRM the verified, LOCK the signed",
              example = "VERIFY")
          @NotNull
          RecordCommands.BulkStep step,
      @Schema(example = "S311002") @NotBlank @Size(max = 32) @SingleLineText String schoolCode,
      @Schema(example = "2025-2026")
          @NotNull
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Schema(description = "One class only", example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
          @Nullable UUID classId) {}

  @Schema(description = "What the step did")
  record BulkStepResponse(
      @Schema(description = "Records moved on", example = "38") int moved,
      @Schema(description = "The records moved") List<RecordSummary> records,
      @Schema(description = "Records that could not move, with why") List<RefusalView> refused) {}

  @Schema(description = "A record the step left as it was")
  record RefusalView(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(example = "3110020001") String studentCode,
      @Schema(description = "The problem's code", example = "record-incomplete") String code,
      @Schema(description = "The refused or missing values") List<ErrorView> errors) {}

  @Schema(description = "One refused or missing value")
  record ErrorView(
      @Schema(example = "/content/secondary/conductYear") String pointer,
      @Schema(example = "missing-conduct") String code,
      @Schema(example = "The year's conduct is missing.") @Nullable String message) {}

  @PostMapping("/api/v1/student-records/record-steps")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @Operation(
      operationId = "stepRecordsInBulk",
      summary = "Verify, confirm or lock every waiting record of a class or a school",
      description =
          "The school's administrator or principal. Each record moves on its own: those that"
              + " cannot (incomplete, identity not cross-checked) are listed with their problem"
              + " and left as they were; records in another state are not touched.")
  @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
  BulkStepResponse step(@Valid @RequestBody BulkStepRequest request) {
    var outcome =
        workflow.stepInBulk(
            new RecordCommands.StepInBulk(
                callers.actor(),
                request.step(),
                request.schoolCode(),
                request.schoolYear(),
                request.classId()));
    return new BulkStepResponse(
        outcome.moved().size(),
        outcome.moved().stream().map(RecordSummary::of).toList(),
        outcome.refused().stream()
            .map(
                r ->
                    new RefusalView(
                        r.recordId(),
                        r.studentCode(),
                        r.code(),
                        r.errors().stream().map(BulkStepController::error).toList()))
            .toList());
  }

  private static ErrorView error(Violation v) {
    return new ErrorView(v.pointer(), v.code(), v.defaultMessage());
  }
}
