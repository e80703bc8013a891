package vn.edu.platform.starter.imports.job;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.access.ImportCaller;
import vn.edu.platform.starter.imports.file.ErrorReportWriter;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/** Reads jobs and their errors for callers allowed to see them. */
public class ImportJobQueryService {

  private final ImportJobRepository repository;
  private final ImportAccessPolicy accessPolicy;
  private final TransactionTemplate readOnly;
  private final int maxPageSize;
  private final Locale reportLocale;

  public ImportJobQueryService(
      ImportJobRepository repository,
      ImportAccessPolicy accessPolicy,
      TransactionTemplate readOnly,
      int maxPageSize,
      Locale reportLocale) {
    this.repository = repository;
    this.accessPolicy = accessPolicy;
    this.readOnly = readOnly;
    this.maxPageSize = maxPageSize;
    this.reportLocale = reportLocale;
  }

  /**
   * The job, if the caller may read it.
   *
   * @throws ApiProblemException 404 {@code import-job-not-found}, 403 {@code forbidden-org-unit}
   */
  public ImportJob job(UUID id, ImportCaller caller) {
    ImportJob job =
        repository
            .findById(id)
            .orElseThrow(() -> ApiProblemException.notFound("import-job-not-found", id));
    if (!accessPolicy.mayRead(caller, job.orgUnit(), job.submittedBy())) {
      // same code and argument (the unit) as the platform's organisation scope uses
      throw new ApiProblemException(
          HttpStatus.FORBIDDEN, "forbidden-org-unit", job.orgUnit() == null ? "-" : job.orgUnit());
    }
    return job;
  }

  /** One page of a job's errors in row order. */
  public ErrorPage errors(UUID id, ImportCaller caller, int page, int size) {
    if (page < 0 || size < 1 || size > maxPageSize) {
      throw ApiProblemException.invalid(
          List.of(
              page < 0
                  ? FieldViolation.ofPointer("page", "min", "page >= 0")
                  : FieldViolation.ofPointer("size", "range", "1 <= size <= " + maxPageSize)));
    }
    ImportJob job = job(id, caller);
    long total = repository.countErrors(job.id());
    List<RowError> items = repository.findErrors(job.id(), (long) page * size, size);
    return new ErrorPage(job, items, page, size, total);
  }

  /**
   * Streams the error report (CSV) of a job the caller may read; the access check happens before
   * anything is written, so a refusal is still a proper problem response.
   */
  public void writeErrorReport(ImportJob job, OutputStream out) throws IOException {
    ErrorReportWriter writer = new ErrorReportWriter(out, reportLocale);
    readOnly.executeWithoutResult(
        status ->
            repository.forEachError(
                job.id(),
                error ->
                    writer.write(
                        error.rowNumber(), error.columnName(), error.code(), error.message())));
    writer.finish();
  }

  /** A page of errors. */
  public record ErrorPage(ImportJob job, List<RowError> items, int page, int size, long total) {}
}
