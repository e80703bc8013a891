package vn.edu.platform.starter.audit;

import java.util.List;

/**
 * Where checkpoints of the audit chain are kept: a store the service's database users cannot change
 * (ADR 0005). The platform's adapter is {@link KafkaAuditCheckpointStore}; a service may declare
 * its own bean (e.g. a WORM bucket) instead.
 */
public interface AuditCheckpointStore {

  /** Keeps the checkpoint; returns once the store has it durably, or throws. */
  void append(AuditCheckpoint checkpoint);

  /**
   * Every checkpoint kept for {@code service}, oldest first, as stored: authentic or not (the
   * caller checks the MAC).
   */
  List<AuditCheckpoint> findAll(String service);
}
