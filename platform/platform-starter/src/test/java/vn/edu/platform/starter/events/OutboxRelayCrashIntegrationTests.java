package vn.edu.platform.starter.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.starter.support.StarterRuns;
import vn.edu.platform.starter.testapp.notes.NoteCreated;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * The outbox under a crash: the service is really stopped and started again (two application runs
 * on one database), and the consumer's effect is counted in the database.
 */
class OutboxRelayCrashIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String DEAD_BROKER = StarterRuns.DEAD_BROKER;

  @Test
  void deliversAnEventCommittedWhileTheRelayCouldNotPublishExactlyOnceAfterRestart() {
    String jdbcUrl = EmbeddedPostgresServer.get().createDatabase("outbox-relay-down");
    String group = "projection-" + UUID.randomUUID();
    String noteId;

    // Run 1: the business transaction commits, then the relay cannot reach Kafka and the
    // process stops: the event exists only in the outbox.
    try (ConfigurableApplicationContext run1 = start(jdbcUrl, DEAD_BROKER, group)) {
      noteId = createNote(run1);
      JdbcClient jdbc = run1.getBean(JdbcClient.class);
      assertThat(incompletePublications(jdbc)).isEqualTo(1);
    }

    // Run 2: the restarted service republishes the outstanding event; the consumer applies it.
    String broker = EmbeddedKafkaServer.get().bootstrapServers();
    try (ConfigurableApplicationContext run2 = start(jdbcUrl, broker, group)) {
      JdbcClient jdbc = run2.getBean(JdbcClient.class);
      Await.until("the projection of the note", PATIENCE, () -> timesSeen(jdbc, noteId) == 1);
      Await.until("the publication to complete", PATIENCE, () -> incompletePublications(jdbc) == 0);

      List<ConsumerRecord<String, String>> records = recordsOf(noteId, 1);
      assertThat(records).hasSize(1);
      assertEnvelope(records.getFirst(), noteId);
      assertThat(timesSeen(jdbc, noteId)).isEqualTo(1);
    }
  }

  @Test
  void appliesAnEventOnceWhenTheRelayDiedAfterPublishingButBeforeMarkingItDone() {
    String jdbcUrl = EmbeddedPostgresServer.get().createDatabase("outbox-relay-crash");
    String group = "projection-" + UUID.randomUUID();
    String broker = EmbeddedKafkaServer.get().bootstrapServers();
    String noteId;

    try (ConfigurableApplicationContext run1 = start(jdbcUrl, broker, group)) {
      JdbcClient jdbc = run1.getBean(JdbcClient.class);
      noteId = createNote(run1);
      Await.until("the projection of the note", PATIENCE, () -> timesSeen(jdbc, noteId) == 1);
      Await.until("the publication to complete", PATIENCE, () -> incompletePublications(jdbc) == 0);
      // The crash: Kafka has the record, but the outbox never learnt it was sent.
      jdbc.sql("UPDATE platform.event_publication SET completion_date = NULL, status = 'PUBLISHED'")
          .update();
    }

    try (ConfigurableApplicationContext run2 = start(jdbcUrl, broker, group)) {
      JdbcClient jdbc = run2.getBean(JdbcClient.class);
      Await.until("the publication to complete", PATIENCE, () -> incompletePublications(jdbc) == 0);

      List<ConsumerRecord<String, String>> records = recordsOf(noteId, 2);
      assertThat(records).as("the event went out twice").hasSize(2);
      assertThat(records)
          .extracting(r -> header(r, CloudEventHeaders.ID))
          .containsOnly(header(records.getFirst(), CloudEventHeaders.ID));
      String eventId = header(records.getFirst(), CloudEventHeaders.ID);
      Await.until(
          "the consumer to pass the duplicate",
          PATIENCE,
          () -> {
            var duplicate = records.getLast();
            return EmbeddedKafkaServer.get()
                .hasConsumed(group, duplicate.topic(), duplicate.partition(), duplicate.offset());
          });
      assertThat(
              jdbc.sql("SELECT count(*) FROM platform.inbox_event WHERE event_id = :id")
                  .param("id", eventId)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      assertThat(timesSeen(jdbc, noteId)).as("its effect happened once").isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(String jdbcUrl, String broker, String group) {
    return StarterRuns.start(jdbcUrl, broker, Map.of("testapp.projection-group", group));
  }

  private static String createNote(ConfigurableApplicationContext context) {
    return StarterRuns.createNote(context);
  }

  private static long incompletePublications(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
        .query(Long.class)
        .single();
  }

  private static int timesSeen(JdbcClient jdbc, String noteId) {
    return jdbc.sql("SELECT times_seen FROM sample_note_projection WHERE note_id = :id")
        .param("id", UUID.fromString(noteId))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  private static List<ConsumerRecord<String, String>> recordsOf(String noteId, int expected) {
    return EmbeddedKafkaServer.get()
        .pollUntil(
            NoteCreated.TOPIC,
            received -> received.stream().filter(r -> noteId.equals(r.key())).count() >= expected,
            PATIENCE)
        .stream()
        .filter(r -> noteId.equals(r.key()))
        .toList();
  }

  private static void assertEnvelope(ConsumerRecord<String, String> record, String noteId) {
    assertThat(record.key()).isEqualTo(noteId);
    assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    assertThat(header(record, CloudEventHeaders.TYPE))
        .isEqualTo("vn.edu.platform.test.NoteCreated");
    assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("starter-test");
    assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(noteId);
    assertThat(header(record, CloudEventHeaders.TIME)).endsWith("Z");
    assertThat(header(record, CloudEventHeaders.DATA_SCHEMA))
        .isEqualTo("urn:edu-platform:schema:vn.edu.platform.test.NoteCreated:v1");
    assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    assertThat(record.value()).contains("\"noteId\":\"" + noteId + "\"");
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
