package vn.edu.platform.starter.imports.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.access.ImportCaller;
import vn.edu.platform.starter.imports.file.HeaderMapping;
import vn.edu.platform.starter.imports.file.ImportFileException;
import vn.edu.platform.starter.imports.file.ImportFormat;
import vn.edu.platform.starter.imports.file.TabularReader;
import vn.edu.platform.starter.imports.job.ImportFileStorage.FileTooLargeException;
import vn.edu.platform.starter.imports.job.ImportFileStorage.StoredUpload;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.web.problem.ApiProblemException;

/**
 * Accepts an upload: checks the caller's right, streams the file to storage while hashing it,
 * recognises its format, checks its header row against the type's columns (so a wrong file is
 * refused at once, with every header problem listed, not after a wait), and records a queued job.
 *
 * <p>Idempotent by content: the same bytes uploaded again for the same type and unit return the
 * existing job instead of a second one, whatever the file is called; a failed job's file uploaded
 * again requeues that job, which resumes after its checkpoint.
 */
public class ImportSubmissionService {

  private static final Logger log = LoggerFactory.getLogger(ImportSubmissionService.class);

  private final ImportDefinitions definitions;
  private final ImportAccessPolicy accessPolicy;
  private final ImportFileStorage storage;
  private final ImportJobRepository repository;
  private final long maxFileBytes;
  private final int maxRecordChars;
  private final Runnable onQueued;

  /**
   * @param onQueued told after a job was queued, to wake an idle worker at once instead of at its
   *     next poll
   */
  public ImportSubmissionService(
      ImportDefinitions definitions,
      ImportAccessPolicy accessPolicy,
      ImportFileStorage storage,
      ImportJobRepository repository,
      long maxFileBytes,
      int maxRecordChars,
      Runnable onQueued) {
    this.definitions = definitions;
    this.accessPolicy = accessPolicy;
    this.storage = storage;
    this.repository = repository;
    this.maxFileBytes = maxFileBytes;
    this.maxRecordChars = maxRecordChars;
    this.onQueued = onQueued;
  }

  /**
   * Takes an upload.
   *
   * @param locale language of the header problems in a refusal
   * @return the job and whether this upload queued it (false: the same file was already there)
   * @throws ApiProblemException 404 {@code unknown-import-type}, 403 {@code import-forbidden}, 413
   *     {@code import-file-too-large}, 415 {@code unsupported-file-format}, 400 {@code empty-file},
   *     {@code invalid-import-headers} or one of the file codes of {@link ImportFileException}
   */
  public Submission submit(
      String type,
      ImportCaller caller,
      @Nullable String originalFileName,
      InputStream content,
      Locale locale) {
    ImportDefinition<?> definition =
        definitions
            .find(type)
            .orElseThrow(() -> ApiProblemException.notFound("unknown-import-type", type));
    if (!accessPolicy.mayUpload(caller, definition)) {
      throw new ApiProblemException(HttpStatus.FORBIDDEN, "import-forbidden", type);
    }
    String fileName = fileName(originalFileName);
    StoredUpload upload = null;
    try {
      upload = storage.receive(content, maxFileBytes);
      if (upload.size() == 0) {
        throw new ApiProblemException(HttpStatus.BAD_REQUEST, "empty-file");
      }
      ImportFormat format = formatOf(fileName, upload);
      checkHeader(format, upload.path(), definition, locale);

      UUID id = UUID.randomUUID();
      // the file gets its job's name before the job exists: a worker never sees a job without file
      String sha256 = upload.sha256();
      long size = upload.size();
      Path kept = storage.keep(upload, id, format);
      upload = null;
      var newJob =
          new ImportJobRepository.NewJob(
              id, type, fileName, format, sha256, size, caller.subject(), caller.orgUnit());
      if (repository.insertIfAbsent(newJob)) {
        log.info(
            "Import job {} queued: type={} format={} bytes={}",
            id,
            type,
            format,
            newJob.fileSize());
        onQueued.run();
        return new Submission(repository.findById(id).orElseThrow(), true);
      }
      ImportJob existing =
          repository
              .findSameFile(type, caller.orgUnit(), newJob.fileSha256())
              .orElseThrow(() -> new IllegalStateException("conflicting job vanished"));
      if (existing.status() == ImportJobStatus.FAILED) {
        storage.move(kept, existing.id(), existing.format());
        if (repository.requeueFailed(existing.id())) {
          log.info("Import job {} requeued by a new upload of its file", existing.id());
          onQueued.run();
          return new Submission(repository.findById(existing.id()).orElseThrow(), true);
        }
      } else {
        storage.delete(id, format);
      }
      log.info("Import job {} returned for a repeated upload of the same file", existing.id());
      return new Submission(repository.findById(existing.id()).orElseThrow(), false);
    } catch (FileTooLargeException e) {
      throw new ApiProblemException(
          HttpStatus.CONTENT_TOO_LARGE, "import-file-too-large", maxFileBytes / (1024 * 1024));
    } catch (IOException e) {
      // the client went away mid-upload or the disk is full: nothing was recorded
      throw new ApiProblemException(HttpStatus.BAD_REQUEST, "upload-interrupted");
    } finally {
      storage.discard(upload);
    }
  }

  private void checkHeader(
      ImportFormat format, Path file, ImportDefinition<?> definition, Locale locale) {
    try (TabularReader reader = TabularReader.open(format, file, maxRecordChars)) {
      HeaderMapping.resolve(reader.header(), definition.columns(), locale);
    } catch (ImportFileException e) {
      throw new ApiProblemException(
          HttpStatus.BAD_REQUEST, e.code(), e.row() == null ? 1L : e.row());
    } catch (HeaderMapping.HeaderMismatchException e) {
      throw new ApiProblemException(
          HttpStatus.BAD_REQUEST, "invalid-import-headers", e.violations(), definition.type());
    }
  }

  private static ImportFormat formatOf(String fileName, StoredUpload upload) {
    String extension = extension(fileName);
    if (upload.looksLikeLegacyExcel() || extension.equals("xls")) {
      throw new ApiProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-format");
    }
    if (upload.looksLikeZip()) {
      return ImportFormat.XLSX;
    }
    return switch (extension) {
      case "xlsx", "xlsm" ->
          throw new ApiProblemException(HttpStatus.BAD_REQUEST, "corrupt-file", 1L);
      case "csv", "txt", "" -> ImportFormat.CSV;
      default ->
          throw new ApiProblemException(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-format");
    };
  }

  // Browsers send a bare name, but old ones sent a full Windows path; keep the last segment only.
  private static String fileName(@Nullable String original) {
    if (original == null || original.isBlank()) {
      return "upload";
    }
    String name =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    name = name.strip();
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The job an upload produced or found. */
  public record Submission(ImportJob job, boolean queued) {}
}
