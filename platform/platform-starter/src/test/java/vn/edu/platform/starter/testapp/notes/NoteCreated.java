package vn.edu.platform.starter.testapp.notes;

import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;

/** Test event of the starter's test application. */
@EventType(
    type = "vn.edu.platform.test.NoteCreated",
    version = 1,
    topic = NoteCreated.TOPIC,
    source = "starter-test")
public record NoteCreated(UUID eventId, Instant occurredAt, UUID noteId, String unitCode)
    implements IntegrationEvent {

  public static final String TOPIC = "edu.test.note.v1";

  @Override
  public String subject() {
    return noteId.toString();
  }
}
