/**
 * Import jobs: the upload (streamed to the storage directory while its SHA-256 is computed, then
 * checked and recorded idempotently), the {@code platform.import_job} and {@code
 * platform.import_row_error} tables, and the worker that claims jobs with a lease and applies them
 * chunk by chunk, each chunk with its row errors, counters and checkpoint in one transaction, so
 * that a job whose JVM died resumes after its lease expires without applying a row twice.
 */
@NullMarked
package vn.edu.platform.starter.imports.job;

import org.jspecify.annotations.NullMarked;
