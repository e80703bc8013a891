package vn.edu.platform.starter.imports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.starter.audit.AuditTrail;
import vn.edu.platform.starter.imports.file.CellValues;
import vn.edu.platform.starter.imports.file.HeaderMapping;
import vn.edu.platform.starter.imports.file.HeaderMapping.HeaderMismatchException;
import vn.edu.platform.starter.imports.file.ImportFileException;
import vn.edu.platform.starter.imports.file.RawRow;
import vn.edu.platform.starter.imports.file.TabularReader;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportMessages;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.ImportRowRejectedException;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * Runs one claimed job.
 *
 * <p><b>First pass.</b> The file is read once without applying anything: the header is checked
 * again, every row is tokenised and counted. A corrupt workbook, broken CSV quoting or invalid
 * UTF-8 thus fails the job before a single row is applied (no "half a file" imported), and the row
 * count makes the percentage exact for CSV and XLSX alike. It costs one extra streaming read (about
 * a second per million CSV rows, see bench/), done once per job: the count is stored.
 *
 * <p><b>Chunks.</b> Rows after the checkpoint are parsed and gathered in chunks of {@code
 * chunk-size}. One transaction per chunk applies the valid rows, stores the chunk's row errors,
 * advances counters and checkpoint and renews the lease, conditioned on still holding the lease. A
 * crash anywhere rolls the chunk back whole, so a resumed job re-reads exactly the rows whose
 * effects are not committed: every row is applied once.
 *
 * <p><b>Rows the store refuses.</b> When {@code apply} fails with a constraint violation (or {@link
 * ImportRowRejectedException}) the chunk is rolled back to a savepoint and bisected: each half is
 * applied in its own savepoint, recursively, until the offending rows stand alone and are rejected
 * with {@code row-rejected-by-store}. Bisection needs about 2·k·log2(n) calls for k bad rows in a
 * chunk of n instead of n calls for row-by-row retries, and never half-applies a row since each
 * attempt is undone whole.
 *
 * <p><b>Other failures.</b> A transient database failure leaves the job running: its lease expires
 * and it is retried from its checkpoint (at most {@code max-attempts} claims). Any other exception
 * from {@code apply} is a defect, and fails the job with {@code apply-failed}. An {@link Error}
 * propagates untouched, like a JVM that died: the job resumes when its lease expires.
 */
public class ImportJobProcessor {

  private static final Logger log = LoggerFactory.getLogger(ImportJobProcessor.class);
  private static final int LEASE_RENEWAL_ROWS = 100_000;

  private final ImportDefinitions definitions;
  private final ImportJobRepository repository;
  private final ImportFileStorage storage;
  private final TransactionTemplate transactions;
  private final int chunkSize;
  private final Duration leaseDuration;
  private final int maxAttempts;
  private final int maxRecordChars;
  private final Locale locale;
  private final boolean keepFiles;

  public ImportJobProcessor(
      ImportDefinitions definitions,
      ImportJobRepository repository,
      ImportFileStorage storage,
      TransactionTemplate transactions,
      int chunkSize,
      Duration leaseDuration,
      int maxAttempts,
      int maxRecordChars,
      Locale locale,
      boolean keepFiles) {
    this.definitions = definitions;
    this.repository = repository;
    this.storage = storage;
    this.transactions = transactions;
    this.chunkSize = chunkSize;
    this.leaseDuration = leaseDuration;
    this.maxAttempts = maxAttempts;
    this.maxRecordChars = maxRecordChars;
    this.locale = locale;
    this.keepFiles = keepFiles;
  }

  /**
   * Runs a claimed job until it completes, fails, loses its lease or {@code stopRequested} says so
   * (then the lease is released so that the job resumes at once elsewhere or after a restart).
   */
  public void run(ImportJob job, BooleanSupplier stopRequested) {
    Lease lease = job.lease();
    ImportDefinition<?> definition = definitions.find(job.type()).orElse(null);
    if (definition == null) {
      fail(lease, "unknown-import-type", null);
      return;
    }
    if (job.attempts() > maxAttempts) {
      fail(lease, "too-many-attempts", null);
      return;
    }
    Path file = storage.pathOf(job.id(), job.format());
    if (!Files.isReadable(file)) {
      fail(lease, "file-missing", null);
      return;
    }
    log.info(
        "Import job {} started: type={} attempt={} checkpointRow={}",
        job.id(),
        job.type(),
        job.attempts(),
        job.checkpointRow());
    try {
      if (job.rowsTotal() == null) {
        long total = countRows(job, lease, file, definition);
        if (!repository.recordTotal(lease, total, leaseDuration)) {
          leaseLost(lease);
          return;
        }
      }
      process(job, lease, file, definition, stopRequested);
    } catch (ImportFileException e) {
      fail(lease, e.code(), e.row());
    } catch (HeaderMismatchException e) {
      fail(lease, "invalid-import-headers", 1L);
    } catch (RuntimeException e) {
      if (isTransient(e)) {
        log.warn(
            "Import job {} interrupted by {}; it resumes from its checkpoint when its lease expires",
            job.id(),
            e.getClass().getName());
      } else {
        // the exception's message may quote row values: only its type is logged
        log.error(
            "Import job {} failed: apply threw {} at {}",
            job.id(),
            e.getClass().getName(),
            e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        fail(lease, "apply-failed", null);
      }
    }
  }

  private long countRows(ImportJob job, Lease lease, Path file, ImportDefinition<?> definition)
      throws ImportFileException, HeaderMismatchException {
    try (TabularReader reader = TabularReader.open(job.format(), file, maxRecordChars)) {
      HeaderMapping.resolve(reader.header(), definition.columns(), locale);
      long rows = 0;
      while (reader.next() != null) {
        rows++;
        if (rows % LEASE_RENEWAL_ROWS == 0) {
          // a long first pass must not let the lease expire under it
          repository.renew(lease, leaseDuration);
        }
      }
      return rows;
    }
  }

  private <R> void process(
      ImportJob job,
      Lease lease,
      Path file,
      ImportDefinition<R> definition,
      BooleanSupplier stopRequested)
      throws ImportFileException, HeaderMismatchException {
    ImportContext context =
        new ImportContext(job.id(), job.type(), job.submittedBy(), job.orgUnit());
    ColumnNames columns = new ColumnNames(definition.columns());
    // what the rows change is audited as the uploader's doing, not the worker thread's
    try (AuditTrail.Scope uploader = AuditTrail.actingFor(job.submittedBy(), job.orgUnit());
        TabularReader reader = TabularReader.open(job.format(), file, maxRecordChars)) {
      HeaderMapping mapping = HeaderMapping.resolve(reader.header(), definition.columns(), locale);
      Chunk<R> chunk = new Chunk<>(chunkSize);
      RawRow raw;
      while ((raw = reader.next()) != null) {
        if (raw.rowNumber() <= job.checkpointRow()) {
          continue;
        }
        ImportRow row = mapping.toImportRow(raw, locale);
        chunk.add(row.rowNumber(), parse(job, definition, row), columns);
        if (chunk.isFull()) {
          if (!commit(lease, definition, context, chunk, columns)) {
            return;
          }
          chunk = new Chunk<>(chunkSize);
          if (stopRequested.getAsBoolean()) {
            repository.release(lease);
            log.info("Import job {} paused by shutdown; it resumes from its checkpoint", job.id());
            return;
          }
        }
      }
      if (!chunk.isEmpty() && !commit(lease, definition, context, chunk, columns)) {
        return;
      }
    }
    if (!repository.complete(lease)) {
      leaseLost(lease);
      return;
    }
    repository
        .findById(job.id())
        .ifPresent(
            done ->
                log.info(
                    "Import job {} completed: read={} accepted={} rejected={}",
                    done.id(),
                    done.rowsRead(),
                    done.rowsAccepted(),
                    done.rowsRejected()));
    if (!keepFiles) {
      storage.delete(job.id(), job.format());
    }
  }

  private <R> RowOutcome<R> parse(ImportJob job, ImportDefinition<R> definition, ImportRow row) {
    try {
      RowOutcome<R> outcome = definition.parse(row);
      if (outcome != null) {
        return outcome;
      }
    } catch (RuntimeException e) {
      log.warn(
          "Import job {}: parse of row {} threw {}",
          job.id(),
          row.rowNumber(),
          e.getClass().getName());
    }
    return RowOutcome.invalid(
        row.violation(
            null, "row-parse-failed", ImportMessages.get(locale, "import.row.row-parse-failed")));
  }

  private <R> boolean commit(
      Lease lease,
      ImportDefinition<R> definition,
      ImportContext context,
      Chunk<R> chunk,
      ColumnNames columns) {
    Boolean committed =
        transactions.execute(
            status -> {
              List<RowError> errors = new ArrayList<>(chunk.errors);
              int accepted =
                  applyIsolating(status, definition, context, chunk.valid, errors, columns);
              repository.insertErrors(lease.jobId(), errors);
              long rejected = chunk.invalidRows + (chunk.valid.size() - accepted);
              if (!repository.advance(
                  lease, chunk.rowsRead, accepted, rejected, chunk.lastRow, leaseDuration)) {
                status.setRollbackOnly();
                return false;
              }
              return true;
            });
    if (!Boolean.TRUE.equals(committed)) {
      leaseLost(lease);
      return false;
    }
    return true;
  }

  private <R> int applyIsolating(
      TransactionStatus status,
      ImportDefinition<R> definition,
      ImportContext context,
      List<ValidRow<R>> rows,
      List<RowError> errors,
      ColumnNames columns) {
    if (rows.isEmpty()) {
      return 0;
    }
    Object savepoint = status.createSavepoint();
    try {
      definition.apply(rows.stream().map(ValidRow::value).toList(), context);
      status.releaseSavepoint(savepoint);
      return rows.size();
    } catch (DataIntegrityViolationException | ImportRowRejectedException e) {
      status.rollbackToSavepoint(savepoint);
      status.releaseSavepoint(savepoint);
      if (rows.size() == 1) {
        errors.add(storeError(rows.get(0).rowNumber(), e, columns));
        return 0;
      }
      int middle = rows.size() / 2;
      return applyIsolating(status, definition, context, rows.subList(0, middle), errors, columns)
          + applyIsolating(
              status, definition, context, rows.subList(middle, rows.size()), errors, columns);
    }
  }

  private RowError storeError(long rowNumber, RuntimeException e, ColumnNames columns) {
    if (e instanceof ImportRowRejectedException rejected) {
      String key = rejected.columnKey();
      return new RowError(
          rowNumber,
          0,
          key,
          key == null ? null : columns.header(key),
          rejected.code(),
          String.valueOf(rejected.getMessage()));
    }
    String constraint = constraintName(e);
    String message =
        constraint == null
            ? ImportMessages.get(locale, "import.row.row-rejected-by-store")
            : ImportMessages.get(locale, "import.row.row-rejected-by-constraint", constraint);
    return new RowError(rowNumber, 0, null, null, "row-rejected-by-store", message);
  }

  // Constraint names are schema identifiers, never data; the server message itself may hold values.
  private static @Nullable String constraintName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException psql) {
        ServerErrorMessage server = psql.getServerErrorMessage();
        return server == null ? null : server.getConstraint();
      }
    }
    return null;
  }

  private static boolean isTransient(RuntimeException e) {
    return e instanceof TransientDataAccessException
        || e instanceof RecoverableDataAccessException
        || e instanceof DataAccessResourceFailureException
        || e instanceof CannotCreateTransactionException;
  }

  private void fail(Lease lease, String code, @Nullable Long row) {
    if (repository.fail(lease, code, row)) {
      log.warn("Import job {} failed: {} at row {}", lease.jobId(), code, row);
    } else {
      leaseLost(lease);
    }
  }

  private static void leaseLost(Lease lease) {
    log.warn(
        "Import job {}: lease of attempt {} lost to another worker; stopping",
        lease.jobId(),
        lease.attempt());
  }

  private record ValidRow<R>(long rowNumber, R value) {}

  /** Maps what a violation names (a header or a key) to the column's key and header. */
  private static final class ColumnNames {
    private final Map<String, ImportColumn> byFolded = new HashMap<>();
    private final Map<String, ImportColumn> byKey = new HashMap<>();

    ColumnNames(List<ImportColumn> columns) {
      for (ImportColumn column : columns) {
        byKey.put(column.key(), column);
        byFolded.put(CellValues.foldHeader(column.header()), column);
        byFolded.putIfAbsent(CellValues.foldHeader(column.key()), column);
      }
    }

    @Nullable ImportColumn find(@Nullable String name) {
      if (name == null) {
        return null;
      }
      ImportColumn column = byKey.get(name);
      return column != null ? column : byFolded.get(CellValues.foldHeader(name));
    }

    String header(String key) {
      ImportColumn column = byKey.get(key);
      return column == null ? key : column.header();
    }
  }

  /** The rows of one transaction. */
  private static final class Chunk<R> {
    private final int capacity;
    private final List<ValidRow<R>> valid;
    private final List<RowError> errors = new ArrayList<>();
    private int rowsRead;
    private int invalidRows;
    private long lastRow;

    Chunk(int capacity) {
      this.capacity = capacity;
      this.valid = new ArrayList<>(Math.min(capacity, 10_000));
    }

    void add(long rowNumber, RowOutcome<R> outcome, ColumnNames columns) {
      rowsRead++;
      lastRow = rowNumber;
      switch (outcome) {
        case RowOutcome.Valid<R> v -> valid.add(new ValidRow<>(rowNumber, v.value()));
        case RowOutcome.Invalid<R> invalid -> {
          invalidRows++;
          int seq = 0;
          for (FieldViolation violation : invalid.violations()) {
            ImportColumn column = columns.find(violation.column());
            errors.add(
                new RowError(
                    rowNumber,
                    seq++,
                    column == null ? null : column.key(),
                    column == null ? violation.column() : column.header(),
                    violation.code(),
                    violation.message() == null ? violation.code() : violation.message()));
          }
        }
      }
    }

    boolean isFull() {
      return rowsRead >= capacity;
    }

    boolean isEmpty() {
      return rowsRead == 0;
    }
  }
}
