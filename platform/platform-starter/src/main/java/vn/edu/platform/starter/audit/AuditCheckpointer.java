package vn.edu.platform.starter.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Anchors the head of the audit chain every {@code platform.audit.checkpoint.interval}: signs
 * {service, last seq, head hash, time} and hands it to the {@link AuditCheckpointStore}. Nothing is
 * written when the chain has not grown since this instance's last checkpoint. Several replicas may
 * anchor the same head; the duplicates say the same thing and verification accepts them.
 */
public class AuditCheckpointer implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(AuditCheckpointer.class);

  private final AuditTrail trail;
  private final AuditCheckpointStore store;
  private final CheckpointSigner signer;
  private final String service;
  private final Clock clock;
  private final AuditCheckpointProperties properties;

  private long lastAnchoredSeq;

  public AuditCheckpointer(
      AuditTrail trail,
      AuditCheckpointStore store,
      CheckpointSigner signer,
      String service,
      Clock clock,
      AuditCheckpointProperties properties) {
    this.trail = trail;
    this.store = store;
    this.signer = signer;
    this.service = service;
    this.clock = clock;
    this.properties = properties;
  }

  /** Anchors the current head now; empty when there is nothing new to anchor. */
  public synchronized Optional<AuditCheckpoint> checkpoint() {
    Optional<AuditTrail.ChainHead> head = trail.head();
    if (head.isEmpty() || head.get().seq() == lastAnchoredSeq) {
      return Optional.empty();
    }
    AuditCheckpoint checkpoint =
        signer.sign(
            service,
            head.get().seq(),
            head.get().hash(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    store.append(checkpoint);
    lastAnchoredSeq = checkpoint.lastSeq();
    log.info("Audit chain anchored at seq {}", checkpoint.lastSeq());
    return Optional.of(checkpoint);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::checkpointSafely, properties.interval(), properties.interval()));
  }

  private void checkpointSafely() {
    try {
      checkpoint();
    } catch (RuntimeException ex) {
      // The next round anchors the then current head; until then the tail is anchored less
      // recently, which is what the interval bounds.
      log.warn("Anchoring the audit chain failed: {}", ex.toString());
    }
  }
}
