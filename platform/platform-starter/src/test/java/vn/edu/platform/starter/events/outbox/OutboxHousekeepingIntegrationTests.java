package vn.edu.platform.starter.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.starter.support.StarterRuns;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * The outbox does not grow forever and its backlog is visible: completed publications are purged
 * after the retention, incomplete ones never; the gauges count a publication stuck while the broker
 * is unreachable and return to zero once it is delivered. Each test runs the service on a database
 * of its own, so the counts are exactly its own publications.
 */
class OutboxHousekeepingIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Map<String, Object> SETTINGS =
      Map.of(
          "platform.events.outbox.completed-retention", "3d",
          "platform.events.outbox.backlog-refresh", "100ms");

  @Test
  void purgesPublicationsCompletedBeforeTheRetentionAndKeepsRecentAndIncompleteOnes() {
    String jdbcUrl = EmbeddedPostgresServer.get().createDatabase("outbox-purge");
    try (ConfigurableApplicationContext run =
        StarterRuns.start(jdbcUrl, EmbeddedKafkaServer.get().bootstrapServers(), SETTINGS)) {
      JdbcClient jdbc = run.getBean(JdbcClient.class);
      String expired = StarterRuns.createNote(run);
      String recent = StarterRuns.createNote(run);
      String stuck = StarterRuns.createNote(run);
      Await.until("the publications to complete", PATIENCE, () -> incomplete(jdbc) == 0);

      // Completed 4 days ago (retention 3 days), completed 2 days ago, and one published a month
      // ago that never completed (the broker never acknowledged it).
      jdbc.sql(
              """
              UPDATE platform.event_publication
                 SET publication_date = now() - interval '4 days',
                     completion_date = now() - interval '4 days'
               WHERE serialized_event LIKE :note
              """)
          .param("note", "%" + expired + "%")
          .update();
      jdbc.sql(
              """
              UPDATE platform.event_publication
                 SET publication_date = now() - interval '2 days',
                     completion_date = now() - interval '2 days'
               WHERE serialized_event LIKE :note
              """)
          .param("note", "%" + recent + "%")
          .update();
      jdbc.sql(
              """
              UPDATE platform.event_publication
                 SET publication_date = now() - interval '30 days', completion_date = NULL,
                     status = 'FAILED'
               WHERE serialized_event LIKE :note
              """)
          .param("note", "%" + stuck + "%")
          .update();
      assertThat(publicationsOf(jdbc, expired)).isEqualTo(1);

      run.getBean(OutboxPurge.class).purgeCompleted();

      assertThat(publicationsOf(jdbc, expired)).as("completed before the retention").isZero();
      assertThat(publicationsOf(jdbc, recent)).as("completed within the retention").isEqualTo(1);
      assertThat(publicationsOf(jdbc, stuck)).as("never completed").isEqualTo(1);

      run.getBean(OutboxPurge.class).purgeCompleted();
      assertThat(publicationsOf(jdbc, recent) + publicationsOf(jdbc, stuck))
          .as("purging again (another replica) changes nothing")
          .isEqualTo(2);
    }
  }

  @Test
  void gaugesShowAPublicationStuckWhileTheBrokerIsUnreachableAndReturnToZeroOnceDelivered() {
    String jdbcUrl = EmbeddedPostgresServer.get().createDatabase("outbox-backlog");
    Instant before = Instant.now();

    // Run 1: the broker is unreachable; the note's event stays in the outbox.
    try (ConfigurableApplicationContext run1 =
        StarterRuns.start(jdbcUrl, StarterRuns.DEAD_BROKER, SETTINGS)) {
      MeterRegistry meters = run1.getBean(MeterRegistry.class);
      assertThat(gauge(meters, OutboxBacklog.INCOMPLETE)).isZero();
      assertThat(gauge(meters, OutboxBacklog.OLDEST_AGE)).isZero();

      StarterRuns.createNote(run1);

      Await.until(
          "the stuck publication to be counted",
          PATIENCE,
          () -> gauge(meters, OutboxBacklog.INCOMPLETE) == 1);
      Await.until(
          "the stuck publication to age past a second",
          PATIENCE,
          () -> gauge(meters, OutboxBacklog.OLDEST_AGE) >= 1);
      double age = gauge(meters, OutboxBacklog.OLDEST_AGE);
      assertThat(age)
          .as("no older than the test")
          .isLessThanOrEqualTo(Duration.between(before, Instant.now()).toMillis() / 1000.0 + 1);
      assertThat(prometheus(run1))
          .contains("platform_outbox_incomplete_publications 1.0")
          .contains("platform_outbox_oldest_age_seconds");
    }

    // Run 2: the broker is back; the restarted service delivers the event and the backlog empties.
    try (ConfigurableApplicationContext run2 =
        StarterRuns.start(jdbcUrl, EmbeddedKafkaServer.get().bootstrapServers(), SETTINGS)) {
      MeterRegistry meters = run2.getBean(MeterRegistry.class);
      Await.until(
          "the backlog to empty",
          PATIENCE,
          () ->
              gauge(meters, OutboxBacklog.INCOMPLETE) == 0
                  && gauge(meters, OutboxBacklog.OLDEST_AGE) == 0);
      assertThat(incomplete(run2.getBean(JdbcClient.class))).isZero();
    }
  }

  private static double gauge(MeterRegistry meters, String name) {
    return meters.get(name).gauge().value();
  }

  private static String prometheus(ConfigurableApplicationContext run) {
    return StarterRuns.http(run).get("/actuator/prometheus").send().text();
  }

  private static long incomplete(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
        .query(Long.class)
        .single();
  }

  private static long publicationsOf(JdbcClient jdbc, String noteId) {
    return jdbc.sql(
            "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE :n")
        .param("n", "%" + noteId + "%")
        .query(Long.class)
        .single();
  }
}
