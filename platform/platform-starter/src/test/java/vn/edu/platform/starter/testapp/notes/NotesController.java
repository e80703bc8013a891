package vn.edu.platform.starter.testapp.notes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.audit.AuditAction;
import vn.edu.platform.starter.audit.AuditTrail;
import vn.edu.platform.starter.events.IntegrationEventPublisher;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.web.problem.ApiProblemException;

/** A tiny feature that exercises every part of the starter the way a real service would. */
@RestController
@RequestMapping("/api/v1/test/notes")
class NotesController {

  /** Lets a test hold a request "in progress" to provoke a concurrent duplicate. */
  static volatile CountDownLatch slowGate = new CountDownLatch(0);

  private final JdbcClient jdbc;
  private final OrgScope scope;
  private final IntegrationEventPublisher events;
  private final AuditTrail audit;

  NotesController(
      JdbcClient jdbc, OrgScope scope, IntegrationEventPublisher events, AuditTrail audit) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.events = events;
    this.audit = audit;
  }

  record CreateNote(
      @NotBlank @Size(max = 16) String unitCode, @NotBlank @Size(max = 500) String text) {}

  record NoteView(UUID id, String unitCode, String text) {}

  @PostMapping
  @PreAuthorize("hasAnyRole('school-admin', 'teacher', 'principal', 'dept-officer', 'gov-system')")
  @Transactional
  public ResponseEntity<NoteView> create(@Valid @RequestBody CreateNote command) {
    scope.requireWrite(command.unitCode());
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO sample_note (id, unit_code, text) VALUES (:id, :unit, :text)")
        .param("id", id)
        .param("unit", command.unitCode())
        .param("text", command.text())
        .update();
    audit.record(AuditAction.CREATE, "note", id.toString(), command.unitCode(), "test-fixture");
    events.publish(new NoteCreated(UUID.randomUUID(), Instant.now(), id, command.unitCode()));
    return ResponseEntity.created(URI.create("/api/v1/test/notes/" + id))
        .body(new NoteView(id, command.unitCode(), command.text()));
  }

  @GetMapping("/{id}")
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public NoteView read(@PathVariable UUID id) {
    NoteView note =
        jdbc.sql("SELECT id, unit_code, text FROM sample_note WHERE id = :id")
            .param("id", id)
            .query(NoteView.class)
            .optional()
            .orElseThrow(() -> ApiProblemException.notFound("not-found"));
    scope.requireRead(note.unitCode());
    audit.recordRead("note", id.toString(), note.unitCode(), "test-fixture");
    return note;
  }

  @PostMapping("/slow")
  @PreAuthorize("hasRole('school-admin')")
  public Map<String, Object> slow(@RequestBody Map<String, Object> body)
      throws InterruptedException {
    if (!slowGate.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("slow gate was never opened");
    }
    return Map.of("received", body, "id", UUID.randomUUID().toString());
  }
}
