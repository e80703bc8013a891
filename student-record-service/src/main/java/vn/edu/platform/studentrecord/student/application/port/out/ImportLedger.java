package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * The student codes each import job applied, in the job's transaction, so that a code twice in one
 * file is refused on its second row even across chunks and after a resumed job.
 */
public interface ImportLedger {

  /** The row that applied the code in the job before, if any. */
  OptionalLong rowOf(UUID jobId, String studentCode);

  void record(UUID jobId, String studentCode, long rowNumber);
}
