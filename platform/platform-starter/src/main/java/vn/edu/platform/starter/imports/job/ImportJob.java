package vn.edu.platform.starter.imports.job;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.file.ImportFormat;

/** A row of {@code platform.import_job}. */
public record ImportJob(
    UUID id,
    String type,
    ImportJobStatus status,
    String fileName,
    ImportFormat format,
    String fileSha256,
    long fileSize,
    String submittedBy,
    @Nullable String orgUnit,
    @Nullable Long rowsTotal,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long checkpointRow,
    int attempts,
    @Nullable String leaseOwner,
    @Nullable Instant leaseUntil,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String failureCode,
    @Nullable Long failureRow) {

  /**
   * Rows read out of the rows the first pass counted; 100 only once completed (the last chunk's
   * commit and the completion are separate steps), unknown before the first pass.
   */
  public @Nullable Integer percentage() {
    if (status == ImportJobStatus.COMPLETED) {
      return 100;
    }
    if (rowsTotal == null) {
      return status == ImportJobStatus.QUEUED ? 0 : null;
    }
    if (rowsTotal == 0) {
      return 99;
    }
    return (int) Math.min(99, rowsRead * 100 / rowsTotal);
  }

  /** The lease this job was claimed with (valid only for a job returned by a claim). */
  Lease lease() {
    return new Lease(id, leaseOwner == null ? "" : leaseOwner, attempts);
  }
}
