package vn.edu.platform.starter.imports.job;

/** Where a job is in its life. */
public enum ImportJobStatus {
  /** Uploaded and waiting for a worker. */
  QUEUED,
  /** Claimed by a worker (or left by one that died, until its lease expires). */
  RUNNING,
  /** Every row read: valid rows applied, invalid rows in the error report. */
  COMPLETED,
  /** Stopped by a problem with the file or the service; see the failure code. */
  FAILED
}
