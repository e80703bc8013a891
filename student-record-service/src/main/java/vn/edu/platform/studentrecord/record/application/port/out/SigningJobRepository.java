package vn.edu.platform.studentrecord.record.application.port.out;

import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.record.domain.SigningJob;

/** Signing jobs, and the one-time code a waiting job is handed (kept only until it is taken). */
public interface SigningJobRepository {

  void insert(SigningJob job);

  void update(SigningJob job);

  Optional<SigningJob> find(UUID id);

  /** Hands the job its code; false when the job is not waiting for one. */
  boolean offerCode(UUID jobId, String code);

  /** The code handed to the job, removed as it is read. */
  Optional<String> takeCode(UUID jobId);
}
