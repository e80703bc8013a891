package vn.edu.platform.starter.imports.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.file.ImportFormat;
import vn.edu.platform.starter.imports.job.ImportJob;
import vn.edu.platform.starter.imports.job.ImportJobStatus;

/** An import job as the API shows it. */
@Schema(
    name = "ImportJob",
    description =
        "One uploaded file being applied. Poll it until status is COMPLETED or FAILED; rows that"
            + " were rejected are listed under links.errors and links.errorReport.")
record ImportJobResponse(
    @Schema(example = "0b9f1c2e-4f7a-4c61-9a43-1f2d3c4b5a69") UUID id,
    @Schema(example = "org-units") String type,
    @Schema(
            description =
                "QUEUED: waiting for a worker; RUNNING: being applied; COMPLETED: every row read"
                    + " (valid rows applied, invalid rows reported); FAILED: stopped, see"
                    + " failureCode.",
            example = "RUNNING")
        ImportJobStatus status,
    @Schema(description = "Name of the uploaded file.", example = "don-vi-2025.xlsx")
        String fileName,
    @Schema(example = "XLSX") ImportFormat format,
    @Schema(description = "Size in bytes.", example = "48213") long fileSize,
    @Schema(
            description =
                "SHA-256 of the file (hex). The same file uploaded again returns this job.",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String fileSha256,
    @Schema(description = "Subject of the submitter.", example = "5d1c0a5e-...") String submittedBy,
    @Schema(description = "Organisation unit the file was submitted for.", example = "S000123")
        @Nullable String orgUnit,
    @Schema(
            description = "Data rows in the file; known once the job's first pass has read it.",
            example = "1250")
        @Nullable Long rowsTotal,
    @Schema(description = "Data rows processed so far.", example = "1000") long rowsRead,
    @Schema(description = "Rows applied.", example = "993") long rowsAccepted,
    @Schema(description = "Rows rejected (see the errors).", example = "7") long rowsRejected,
    @Schema(
            description = "Progress 0-100; 100 only when COMPLETED; null while unknown.",
            example = "80")
        @Nullable Integer percentage,
    @Schema(example = "2025-09-05T08:30:00Z") Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Schema(
            description =
                "Why a FAILED job stopped: invalid-encoding, malformed-csv, record-too-large,"
                    + " corrupt-file, missing-header, invalid-import-headers, apply-failed,"
                    + " too-many-attempts, file-missing, unknown-import-type.",
            example = "invalid-encoding")
        @Nullable String failureCode,
    @Schema(description = "File row (CSV: record) where the failure was found.", example = "4711")
        @Nullable Long failureRow,
    Links links) {

  @Schema(name = "ImportJobLinks")
  record Links(
      @Schema(example = "/api/v1/plans/import-jobs/0b9f1c2e-4f7a-4c61-9a43-1f2d3c4b5a69")
          String self,
      @Schema(example = "/api/v1/plans/import-jobs/0b9f1c2e-4f7a-4c61-9a43-1f2d3c4b5a69/errors")
          String errors,
      @Schema(example = "/api/v1/plans/import-jobs/0b9f1c2e-4f7a-4c61-9a43-1f2d3c4b5a69/errors.csv")
          String errorReport) {}

  static ImportJobResponse of(ImportJob job, String basePath) {
    String self = basePath + "/import-jobs/" + job.id();
    return new ImportJobResponse(
        job.id(),
        job.type(),
        job.status(),
        job.fileName(),
        job.format(),
        job.fileSize(),
        job.fileSha256(),
        job.submittedBy(),
        job.orgUnit(),
        job.rowsTotal(),
        job.rowsRead(),
        job.rowsAccepted(),
        job.rowsRejected(),
        job.percentage(),
        job.createdAt(),
        job.startedAt(),
        job.finishedAt(),
        job.failureCode(),
        job.failureRow(),
        new Links(self, self + "/errors", self + "/errors.csv"));
  }
}
