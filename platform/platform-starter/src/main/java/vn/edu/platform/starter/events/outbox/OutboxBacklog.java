package vn.edu.platform.starter.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox backlog as gauges: {@value #INCOMPLETE} (publications not yet acknowledged by the
 * broker, failed ones included) and {@value #OLDEST_AGE} (seconds since the oldest of them was
 * written; 0 when there is none). A backlog that grows, or an age beyond a minute, means events are
 * not reaching Kafka: alert on them.
 *
 * <p>One query answers both ({@code count} and {@code min} over the partial index of incomplete
 * rows, migration V6), and its answer is reused for {@code backlog-refresh}, so frequent scrapes
 * cost one query per interval. If the query fails, the gauges keep the last answer.
 */
public class OutboxBacklog implements MeterBinder {

  public static final String INCOMPLETE = "platform.outbox.incomplete";
  public static final String OLDEST_AGE = "platform.outbox.oldest.age";

  private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration refresh;

  private Snapshot snapshot = new Snapshot(0, null, Instant.MIN);

  public OutboxBacklog(JdbcClient jdbc, Clock clock, Duration refresh) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.refresh = refresh;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(INCOMPLETE, this, OutboxBacklog::incomplete)
        .description("Event publications not yet acknowledged by the broker")
        .baseUnit("publications")
        .register(registry);
    Gauge.builder(OLDEST_AGE, this, OutboxBacklog::oldestAgeSeconds)
        .description("Age of the oldest event publication not yet acknowledged by the broker")
        .baseUnit("seconds")
        .register(registry);
  }

  /** Incomplete publications. */
  public double incomplete() {
    return current().incomplete();
  }

  /** Seconds since the oldest incomplete publication was written, 0 when there is none. */
  public double oldestAgeSeconds() {
    Instant oldest = current().oldest();
    if (oldest == null) {
      return 0;
    }
    return Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
  }

  private synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot.takenAt().plus(refresh).isAfter(now)) {
      return snapshot;
    }
    try {
      snapshot =
          jdbc.sql(
                  """
                  SELECT count(*), min(publication_date) FROM platform.event_publication
                   WHERE completion_date IS NULL
                  """)
              .query(
                  (rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Snapshot(
                        rs.getLong(1), oldest == null ? null : oldest.toInstant(), now);
                  })
              .single();
    } catch (RuntimeException ex) {
      log.warn(
          "Reading the outbox backlog failed; the gauges keep the last value: {}", ex.toString());
    }
    return snapshot;
  }

  private record Snapshot(long incomplete, Instant oldest, Instant takenAt) {}
}
