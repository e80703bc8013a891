package vn.edu.platform.studentrecord.extract.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.PlatformExceptionHandler;
import vn.edu.platform.studentrecord.extract.adapter.in.web.ExtractBodies.ExtractEntry;
import vn.edu.platform.studentrecord.extract.adapter.in.web.ExtractBodies.IssueExtractRequest;
import vn.edu.platform.studentrecord.extract.application.port.in.ExtractLogQuery;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssuedExtract;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal.SealUnavailable;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;

/**
 * Extracts of a record: issuing one (the sealed PDF in the answer, once; the log keeps its hash)
 * and the log of those issued.
 */
@RestController
@RequestMapping(ExtractController.BASE)
@Tag(name = "Extracts")
class ExtractController {

  static final String BASE = "/api/v1/student-records/records/{recordId}/extracts";

  /** The answer's header naming the extract's number (also the last segment of Location). */
  static final String NUMBER_HEADER = "Extract-Number";

  private static final Logger log = LoggerFactory.getLogger(ExtractController.class);

  private final IssueExtractUseCase issuing;
  private final ExtractLogQuery extractLog;
  private final ExtractCallers callers;
  private final PlatformExceptionHandler problems;

  ExtractController(
      IssueExtractUseCase issuing,
      ExtractLogQuery extractLog,
      ExtractCallers callers,
      PlatformExceptionHandler problems) {
    this.issuing = issuing;
    this.extractLog = extractLog;
    this.callers = callers;
    this.problems = problems;
  }

  @PostMapping
  @PreAuthorize(ExtractRoles.RECORD_READERS)
  @Operation(
      operationId = "issueRecordExtract",
      summary = "Issue an extract of a signed record (trích lục học bạ) as a sealed PDF",
      description =
          "For those who may read the record (getRecord): the owning school's staff, the"
              + " department, government systems with province-read, linked guardians; a record"
              + " the caller may not read is 404 record-not-found. The record must be signed by"
              + " the principal (SIGNED_BY_PRINCIPAL or LOCKED: 409 record-not-signed otherwise)"
              + " and current (409 record-superseded for a corrected version). The PDF (A4)"
              + " reproduces the student's identity (personal ID masked), the year's results,"
              + " the signatures and the version, with the extract's number (sequential per"
              + " school and year), purpose, date and issuer, and a QR code of its public"
              + " verification link; it is sealed with the service's extract seal (PAdES)."
              + " Location names the extract's entry in the log, Extract-Number its number. The"
              + " PDF is not stored: a retry with the same Idempotency-Key replays it (with"
              + " Location, without Extract-Number); a new key issues a new extract.")
  @ApiResponse(
      responseCode = "201",
      description = "The sealed PDF",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The extract's entry in the log",
            schema =
                @Schema(
                    type = "string",
                    example =
                        "/api/v1/student-records/records/4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a"
                            + "/extracts/S311002-2025-2026-000123")),
        @Header(
            name = NUMBER_HEADER,
            description = "The extract's number",
            schema = @Schema(type = "string", example = "S311002-2025-2026-000123"))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PDF_VALUE,
              schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(
      responseCode = "409",
      description =
          "record-not-signed: the principal has not signed the record; record-superseded: a later"
              + " version corrected it")
  @ApiResponse(
      responseCode = "503",
      description = "extract-seal-unavailable: the extract seal cannot sign now; retry later")
  ResponseEntity<byte[]> issue(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Valid @RequestBody IssueExtractRequest body) {
    ExtractCallers.Identified caller = callers.caller();
    IssuedExtract issued =
        issuing.issue(
            new IssueExtractUseCase.IssueExtract(
                caller.actor(), caller.subject(), recordId, body.purpose()));
    String number = issued.extract().number().value();
    return ResponseEntity.created(URI.create(entryPath(recordId, number)))
        .contentType(MediaType.APPLICATION_PDF)
        .header(NUMBER_HEADER, number)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("trich-luc-hoc-ba-" + number + ".pdf")
                .build()
                .toString())
        // personal data: no shared cache keeps it
        .cacheControl(CacheControl.noStore())
        .body(issued.pdf());
  }

  @GetMapping
  @PreAuthorize(ExtractRoles.LOG_READERS)
  @Operation(
      operationId = "listRecordExtracts",
      summary = "The log of a record's extracts: number, who, when, why",
      description =
          "The owning school's staff and the department; other staff do not find the record (404"
              + " record-not-found), and a reader who is neither is refused (403). Oldest first.")
  @ApiResponse(responseCode = "200", description = "Oldest first", useReturnTypeSchema = true)
  List<ExtractEntry> list(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId) {
    return extractLog.extracts(callers.actor(), recordId).stream().map(ExtractEntry::of).toList();
  }

  @GetMapping("/{number}")
  @PreAuthorize(ExtractRoles.LOG_READERS)
  @Operation(
      operationId = "getRecordExtract",
      summary = "One entry of the log of a record's extracts",
      description =
          "Where issueRecordExtract's Location points; the same readers as listRecordExtracts."
              + " 404 extract-not-found when the record has no extract of that number.")
  @ApiResponse(responseCode = "200", description = "The entry", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "404",
      description = "extract-not-found: the record has no extract of that number")
  ExtractEntry get(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @PathVariable
          @Parameter(example = "S311002-2025-2026-000123")
          @Size(max = 80)
          @Pattern(regexp = ExtractNumber.REGEX)
          String number) {
    if (!ExtractNumber.FORMAT.matcher(number).matches()) {
      throw new NotFound("extract-not-found", number);
    }
    return ExtractEntry.of(
        extractLog.extract(callers.actor(), recordId, new ExtractNumber(number)));
  }

  @ExceptionHandler(SealUnavailable.class)
  ResponseEntity<Object> sealUnavailable(SealUnavailable e, HttpServletRequest request) {
    log.warn("extract seal unavailable: {}", e.getMessage(), e.getCause());
    ResponseEntity<Object> problem =
        problems.toResponse(
            new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, "extract-seal-unavailable"),
            request);
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(problem.getBody());
  }

  static String entryPath(UUID recordId, String number) {
    return "/api/v1/student-records/records/" + recordId + "/extracts/" + number;
  }
}
