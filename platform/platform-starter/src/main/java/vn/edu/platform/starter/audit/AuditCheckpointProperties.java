package vn.edu.platform.starter.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Anchoring of the audit chain, under {@code platform.audit.checkpoint.*}.
 *
 * @param key the HMAC key of checkpoints, at least 32 bytes, from the service's secrets (e.g.
 *     {@code PLATFORM_AUDIT_CHECKPOINT_KEY}); without it the chain is not anchored and the service
 *     logs a warning at startup
 * @param interval how often the head of the chain is anchored (also the delay after startup); the
 *     newest entries of at most one interval can be deleted unnoticed
 * @param topic the Kafka topic of checkpoints (one partition, kept forever, key = service)
 * @param timeout how long writing or reading the checkpoints may take
 */
@ConfigurationProperties("platform.audit.checkpoint")
public record AuditCheckpointProperties(
    String key,
    @DefaultValue("15m") Duration interval,
    @DefaultValue("edu.platform.audit-checkpoint.v1") String topic,
    @DefaultValue("10s") Duration timeout) {

  public AuditCheckpointProperties {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("platform.audit.checkpoint.interval must be positive");
    }
  }

  /** Whether a key is configured, i.e. checkpoints are taken and checked. */
  public boolean enabled() {
    return key != null && !key.isBlank();
  }
}
