package vn.edu.platform.starter.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.job.ImportJob;
import vn.edu.platform.starter.imports.job.ImportJobQueryService;

@RestController
// Any authenticated caller reaches the handlers; which type or job it may use depends on the
// data, so ImportAccessPolicy decides inside (403 problems with the framework's codes).
@PreAuthorize("isAuthenticated()")
@RequestMapping("${platform.service.api-base-path:/api/v1}")
@Tag(
    name = "Import jobs",
    description =
        "The state and progress of an upload, and its row errors. A job is visible to its"
            + " submitter's unit and to the department.")
class ImportJobsController {

  private static final String PROBLEM = "application/problem+json";

  private final ImportJobQueryService queries;
  private final ImportAccessPolicy accessPolicy;
  private final String basePath;

  ImportJobsController(
      ImportJobQueryService queries, ImportAccessPolicy accessPolicy, String basePath) {
    this.queries = queries;
    this.accessPolicy = accessPolicy;
    this.basePath = basePath;
  }

  @GetMapping("/import-jobs/{id}")
  @Operation(
      operationId = "getImportJob",
      summary = "Read an import job",
      description = "State, row counts and percentage. Poll until COMPLETED or FAILED.")
  @ApiResponse(responseCode = "200", description = "The job.")
  @ApiResponse(
      responseCode = "403",
      description = "forbidden-org-unit: the job belongs to another unit",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "404",
      description = "import-job-not-found",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  public ImportJobResponse job(@PathVariable UUID id, @Nullable Authentication authentication) {
    return ImportJobResponse.of(
        queries.job(id, ImportCallers.of(authentication, accessPolicy)), basePath);
  }

  @GetMapping("/import-jobs/{id}/errors")
  @Operation(
      operationId = "listImportJobErrors",
      summary = "List the row errors of a job",
      description =
          "One item per rejected cell (or row), ordered by row. Paged: `size` is at most"
              + " platform.imports.max-error-page-size (500 by default).")
  @ApiResponse(responseCode = "200", description = "A page of errors.")
  @ApiResponse(responseCode = "400", description = "validation-failed: page or size out of range")
  @ApiResponse(responseCode = "403", description = "forbidden-org-unit")
  @ApiResponse(responseCode = "404", description = "import-job-not-found")
  public RowErrorPageResponse errors(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Parameter(description = "Zero-based page.", example = "0")
          int page,
      @RequestParam(defaultValue = "50") @Parameter(description = "Page size.", example = "50")
          int size,
      @Nullable Authentication authentication) {
    return RowErrorPageResponse.of(
        queries.errors(id, ImportCallers.of(authentication, accessPolicy), page, size));
  }

  @GetMapping("/import-jobs/{id}/errors.csv")
  @Operation(
      operationId = "getImportJobErrorReport",
      summary = "Download the error report of a job",
      description =
          "CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese): row, column, code,"
              + " message; one line per rejected cell, ordered by row.")
  @ApiResponse(
      responseCode = "200",
      description = "The report (attachment).",
      content = @Content(mediaType = "text/csv"))
  @ApiResponse(responseCode = "403", description = "forbidden-org-unit")
  @ApiResponse(responseCode = "404", description = "import-job-not-found")
  public void errorReport(
      @PathVariable UUID id, @Nullable Authentication authentication, HttpServletResponse response)
      throws IOException {
    ImportJob job = queries.job(id, ImportCallers.of(authentication, accessPolicy));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("import-" + job.id() + "-errors.csv", StandardCharsets.UTF_8)
            .build()
            .toString());
    queries.writeErrorReport(job, response.getOutputStream());
  }
}
