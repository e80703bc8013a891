package vn.edu.platform.starter.events.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes completed publications older than the retention through Spring Modulith's own {@link
 * CompletedEventPublications#deletePublicationsOlderThan} (one {@code DELETE ... WHERE
 * completion_date < ?}). Every replica runs it; the delete by completion date is idempotent, so
 * replicas racing each other delete the same rows at most once and need no lock. Incomplete
 * publications have no completion date and are never touched: they are the outbox's promise.
 */
public class OutboxPurge implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

  private final CompletedEventPublications completed;
  private final OutboxProperties properties;

  public OutboxPurge(CompletedEventPublications completed, OutboxProperties properties) {
    this.completed = completed;
    this.properties = properties;
  }

  /** Purges now; the scheduler calls it every {@code purge-interval}. */
  public void purgeCompleted() {
    completed.deletePublicationsOlderThan(properties.completedRetention());
    log.debug("Purged completed event publications older than {}", properties.completedRetention());
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(
            this::purgeSafely, properties.purgeInterval(), properties.purgeInterval()));
  }

  private void purgeSafely() {
    try {
      purgeCompleted();
    } catch (RuntimeException ex) {
      // The next round retries; a failed purge only delays freeing space.
      log.warn("Purging completed event publications failed: {}", ex.toString());
    }
  }
}
