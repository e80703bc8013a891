package vn.edu.platform.starter.imports.job;

import java.util.UUID;

/**
 * A worker's claim on a job. Every write of the worker is conditioned on both the owner and the
 * attempt number: if the lease expired and another worker claimed the job meanwhile (a long GC
 * pause, a slow chunk), the old worker's commit matches no row and is rolled back, so two workers
 * never apply the same rows.
 */
record Lease(UUID jobId, String owner, int attempt) {}
