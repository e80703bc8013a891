package vn.edu.platform.bench.signing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread per operation of {@link SigningBenchmark}: what the operation
 * costs whatever else the machine is doing at the time (wall time on a shared machine includes the
 * time other processes held the cores).
 */
record CpuTimes(double batchMillis, double verifyInBatchMillis, double verifyAloneMillis) {

  static final int VERIFICATIONS = 300;
  static final int BATCHES = 3;

  static CpuTimes measure() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SigningBenchmark benchmark = new SigningBenchmark();
    benchmark.setUp();
    try {
      for (int i = 0; i < VERIFICATIONS; i++) {
        benchmark.verifyOneDocumentOfTheBatch();
        benchmark.verifyOneDocumentSignedAlone();
      }
      benchmark.signBatchAtLt();
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BATCHES; i++) {
        benchmark.signBatchAtLt();
      }
      double batch = (threads.getCurrentThreadCpuTime() - start) / 1e6 / BATCHES;
      start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < VERIFICATIONS; i++) {
        benchmark.verifyOneDocumentOfTheBatch();
      }
      double inBatch = (threads.getCurrentThreadCpuTime() - start) / 1e6 / VERIFICATIONS;
      start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < VERIFICATIONS; i++) {
        benchmark.verifyOneDocumentSignedAlone();
      }
      double alone = (threads.getCurrentThreadCpuTime() - start) / 1e6 / VERIFICATIONS;
      return new CpuTimes(batch, inBatch, alone);
    } finally {
      benchmark.tearDown();
    }
  }
}
