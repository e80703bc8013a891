package vn.edu.platform.starter.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.events.Topics;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.starter.testapp.notes.NoteCreated;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;

/** Consumers: duplicates have one effect; a poison record goes to the DLT without blocking. */
class InboxAndDeadLetterIntegrationTests extends StarterIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private int timesSeen(UUID noteId) {
    return jdbc.sql("SELECT times_seen FROM sample_note_projection WHERE note_id = :id")
        .param("id", noteId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  private static ProducerRecord<String, String> event(UUID eventId, UUID noteId) {
    String payload =
        """
        {"eventId":"%s","occurredAt":"2026-11-28T03:00:00Z","noteId":"%s","unitCode":"S311002"}
        """
            .formatted(eventId, noteId);
    ProducerRecord<String, String> record =
        new ProducerRecord<>(NoteCreated.TOPIC, noteId.toString(), payload);
    record.headers().add(CloudEventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(
            CloudEventHeaders.TYPE,
            "vn.edu.platform.test.NoteCreated".getBytes(StandardCharsets.UTF_8));
    return record;
  }

  @Test
  void appliesARedeliveredEventOnlyOnce() throws Exception {
    UUID noteId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    try (Producer<String, String> producer = EmbeddedKafkaServer.get().producer()) {
      producer.send(event(eventId, noteId)).get();
      producer.send(event(eventId, noteId)).get();
      producer.send(event(UUID.randomUUID(), UUID.randomUUID())).get();
    }

    Await.until("the first delivery", PATIENCE, () -> timesSeen(noteId) == 1);
    Await.until(
        "both deliveries to be handled",
        PATIENCE,
        () ->
            jdbc.sql("SELECT count(*) FROM platform.inbox_event WHERE event_id = :id")
                    .param("id", eventId.toString())
                    .query(Long.class)
                    .single()
                == 1);
    assertThat(timesSeen(noteId)).isEqualTo(1);
  }

  @Test
  void sendsAPoisonRecordToTheDeadLetterTopicAndGoesOn() throws Exception {
    String poisonKey = "poison-" + UUID.randomUUID();
    UUID noteAfterPoison = UUID.randomUUID();
    try (Producer<String, String> producer = EmbeddedKafkaServer.get().producer()) {
      // Same key as the good record: same partition, so the good one must wait for the poison.
      producer
          .send(new ProducerRecord<>(NoteCreated.TOPIC, noteAfterPoison.toString(), "{not json"))
          .get();
      producer.send(new ProducerRecord<>(NoteCreated.TOPIC, poisonKey, "{\"eventId\":")).get();
      producer.send(event(UUID.randomUUID(), noteAfterPoison)).get();
    }

    Await.until("the record behind the poison", PATIENCE, () -> timesSeen(noteAfterPoison) == 1);
    var deadLetters =
        EmbeddedKafkaServer.get()
            .pollUntil(
                Topics.deadLetterOf(NoteCreated.TOPIC),
                received -> received.stream().anyMatch(r -> poisonKey.equals(r.key())),
                PATIENCE);
    assertThat(deadLetters).anyMatch(r -> poisonKey.equals(r.key()));
    var poison =
        deadLetters.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
    assertThat(poison.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
  }
}
