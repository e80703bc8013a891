package vn.edu.platform.starter.testapp.notes;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.events.Inbox;

/** Consumer of {@link NoteCreated}: counts how often each note's event had an effect. */
@Component
class NoteProjection {

  static final String CONSUMER = "note-projection";

  private final Inbox inbox;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  NoteProjection(Inbox inbox, JdbcClient jdbc, JsonMapper json) {
    this.inbox = inbox;
    this.jdbc = jdbc;
    this.json = json;
  }

  @KafkaListener(
      topics = NoteCreated.TOPIC,
      groupId = "${testapp.projection-group:starter-test-note-projection}")
  void on(ConsumerRecord<String, byte[]> record) {
    NoteCreated event = json.readValue(record.value(), NoteCreated.class);
    inbox.processOnce(CONSUMER, record, () -> count(event.noteId()));
  }

  private void count(UUID noteId) {
    jdbc.sql(
            """
            INSERT INTO sample_note_projection (note_id, times_seen) VALUES (:id, 1)
            ON CONFLICT (note_id) DO UPDATE SET times_seen = sample_note_projection.times_seen + 1
            """)
        .param("id", noteId)
        .update();
  }
}
