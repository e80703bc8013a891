package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.security.SchoolStaff;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordBodies.BulkEntry;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.BulkSubmissionRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordRequests.SubmitRecordRequest;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.RecordResponse;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.RecordSummary;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.SubmitRecordsUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.SubmitRecordsUseCase.Submitted;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;

/**
 * Entering and reading records. A school's software submits a record at a time or a class or a
 * school at once; every refused value comes back with its rule's code at its JSON pointer, and
 * nothing of a refused request is stored.
 */
@RestController
@Tag(name = "School records")
class RecordController {

  private static final String BASE = "/api/v1/student-records";

  private final SubmitRecordsUseCase submissions;
  private final RecordQuery query;
  private final RecordCallers callers;

  RecordController(SubmitRecordsUseCase submissions, RecordQuery query, RecordCallers callers) {
    this.submissions = submissions;
    this.query = query;
    this.callers = callers;
  }

  @PostMapping(BASE + "/records")
  @SchoolStaff
  @Operation(
      operationId = "submitRecord",
      summary = "Enter or replace a student's record of a school year",
      description =
          "The student's enrolment of the year decides the school, grade and class; the content is"
              + " checked against the grade's curriculum. 201 when the record is opened, 200 when"
              + " a draft (or a verified record, which goes back to draft) is replaced. The"
              + " school's administrator and principal, or the class's homeroom teacher (403"
              + " otherwise); another school's student is not found (404 student-not-enrolled)."
              + " 409 record-not-editable once confirmed or signed; 422 record-content with every"
              + " refused value.")
  @ApiResponse(responseCode = "201", description = "Opened", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "200", description = "Replaced", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "422",
      description =
          "record-content: score-out-of-range, score-too-precise, wrong-regular-assessment-count,"
              + " unknown-subject, duplicate-subject, assessment-kind-mismatch, ...")
  ResponseEntity<RecordResponse> submit(@Valid @RequestBody SubmitRecordRequest request) {
    RecordContent content = request.content().toDomain("/content");
    Submitted submitted =
        submissions.submit(
            new RecordCommands.SubmitRecord(
                callers.actor(), request.studentCode(), request.schoolYear(), content));
    RecordResponse body = RecordResponse.of(submitted.record());
    return submitted.opened()
        ? ResponseEntity.created(URI.create(BASE + "/records/" + body.id())).body(body)
        : ResponseEntity.ok(body);
  }

  @PostMapping(BASE + "/records/bulk")
  @SchoolStaff
  @Operation(
      operationId = "submitRecordsInBulk",
      summary = "Enter the records of a class or a school in one request",
      description =
          "Exactly one of classId (the class's homeroom teacher or the school's managers) and"
              + " schoolCode (the school's administrator or principal). Checked as a whole: 422"
              + " record-content with every refused value at /records/<i>/..., including"
              + " duplicate-student and student-not-in-scope, and then nothing is stored;"
              + " otherwise every record is stored. At most 3,000 records.")
  @ApiResponse(responseCode = "200", description = "All stored", useReturnTypeSchema = true)
  BulkSubmissionResponse submitInBulk(@Valid @RequestBody BulkSubmissionRequest request) {
    if ((request.classId() == null) == (request.schoolCode() == null)) {
      throw new RuleViolation(
          "record-content",
          Violation.withMessage(
              "/classId", "class-or-school", "Name exactly one of classId and schoolCode"));
    }
    List<Violation> violations = new ArrayList<>();
    List<RecordCommands.StudentContent> entries = new ArrayList<>();
    for (int i = 0; i < request.records().size(); i++) {
      BulkEntry entry = request.records().get(i);
      try {
        entries.add(
            new RecordCommands.StudentContent(
                entry.studentCode(), entry.content().toDomain("/records/" + i + "/content")));
      } catch (RuleViolation refused) {
        violations.addAll(refused.violations());
      }
    }
    RuleViolation.throwIfAny("record-content", violations);
    List<Submitted> submitted =
        submissions.submitInBulk(
            new RecordCommands.SubmitRecordsInBulk(
                callers.actor(),
                request.schoolYear(),
                request.classId(),
                request.schoolCode(),
                entries));
    return new BulkSubmissionResponse(
        submitted.size(),
        (int) submitted.stream().filter(Submitted::opened).count(),
        submitted.stream().map(s -> RecordSummary.of(s.record())).toList());
  }

  @Schema(description = "What a bulk submission stored")
  record BulkSubmissionResponse(
      @Schema(description = "Records stored", example = "38") int stored,
      @Schema(description = "Of which opened by this request", example = "38") int opened,
      @Schema(description = "The records, in the order given") List<RecordSummary> records) {}

  @GetMapping(BASE + "/records/{recordId}")
  @PreAuthorize(RecordRoles.RECORD_READERS)
  @Operation(
      operationId = "getRecord",
      summary = "One record, in one version",
      description =
          "The owning school's staff; the department and government systems with province-read"
              + " (the read is audited); a citizen whose account the school linked to the"
              + " student as guardian (audited). Anyone else: 404 record-not-found.")
  @ApiResponse(responseCode = "200", description = "The record", useReturnTypeSchema = true)
  RecordResponse get(
      @Parameter(
              description = "The record version's id",
              example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a")
          @PathVariable
          UUID recordId) {
    return RecordResponse.of(query.record(callers.actor(), recordId));
  }

  @GetMapping(BASE + "/students/{studentCode}/records")
  @PreAuthorize(RecordRoles.RECORD_READERS)
  @Operation(
      operationId = "listStudentRecords",
      summary = "Every record of a student, every year and version",
      description =
          "The whole history follows the student: the school the student attends now reads all of"
              + " it, including years at other schools; the department, government systems with"
              + " province-read and linked guardians too (audited). 404 student-not-found"
              + " otherwise.")
  @ApiResponse(responseCode = "200", description = "Oldest first", useReturnTypeSchema = true)
  List<RecordResponse> history(
      @Parameter(description = "The student's code", example = "3110020001")
          @PathVariable
          @Size(max = 10)
          @Pattern(regexp = RecordBodies.STUDENT_CODE)
          String studentCode) {
    return query.history(callers.actor(), studentCode).stream().map(RecordResponse::of).toList();
  }

  @GetMapping(BASE + "/records")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listRecords",
      summary = "A school's records of a year (current versions)",
      description =
          "The school's staff, the department and government systems with province-read; 403"
              + " forbidden-org-unit for anyone else (commune officers read aggregates, not"
              + " records).")
  @ApiResponse(responseCode = "200", description = "A page", useReturnTypeSchema = true)
  PageResponse<RecordSummary> list(
      @Parameter(description = "The school", example = "S311002") @RequestParam @Size(max = 32)
          String schoolCode,
      @Parameter(description = "The school year", example = "2025-2026")
          @RequestParam
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Parameter(description = "Only this class", example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
          @RequestParam(required = false)
          UUID classId,
      @Parameter(description = "Only this state", example = "CONFIRMED")
          @RequestParam(required = false)
          RecordStatus status,
      @Parameter(description = "Only this grade", example = "9")
          @RequestParam(required = false)
          @Min(1)
          @Max(12)
          Integer grade,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1-200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    RecordQuery.Page found =
        query.records(
            callers.actor(),
            new RecordQuery.Filter(schoolCode, schoolYear, classId, status, grade),
            paging.page(),
            paging.size());
    int pages = (int) ((found.totalItems() + paging.size() - 1) / paging.size());
    return new PageResponse<>(
        found.items().stream().map(RecordSummary::of).toList(),
        paging.page(),
        paging.size(),
        found.totalItems(),
        pages);
  }
}
