package vn.edu.platform.starter.events.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Housekeeping and monitoring of the outbox ({@code platform.event_publication}), under {@code
 * platform.events.outbox.*}.
 *
 * @param completedRetention how long a completed publication is kept for diagnosis before it is
 *     purged; incomplete ones are never purged
 * @param purgeInterval how often the purge runs (also its delay after startup)
 * @param backlogRefresh how long the backlog gauges reuse one query's answer, so a scrape every few
 *     seconds by several collectors costs one query
 */
@ConfigurationProperties("platform.events.outbox")
public record OutboxProperties(
    @DefaultValue("7d") Duration completedRetention,
    @DefaultValue("1h") Duration purgeInterval,
    @DefaultValue("5s") Duration backlogRefresh) {

  public OutboxProperties {
    if (completedRetention.isNegative() || completedRetention.isZero()) {
      throw new IllegalArgumentException(
          "platform.events.outbox.completed-retention must be positive");
    }
    if (purgeInterval.isNegative() || purgeInterval.isZero()) {
      throw new IllegalArgumentException("platform.events.outbox.purge-interval must be positive");
    }
    if (backlogRefresh.isNegative()) {
      throw new IllegalArgumentException(
          "platform.events.outbox.backlog-refresh must not be negative");
    }
  }
}
