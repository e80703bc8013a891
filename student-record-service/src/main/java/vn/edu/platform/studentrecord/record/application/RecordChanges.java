package vn.edu.platform.studentrecord.record.application;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.studentrecord.record.application.port.out.RecordEventPublisher;
import vn.edu.platform.studentrecord.record.domain.Changes;
import vn.edu.platform.studentrecord.record.domain.RecordEvent;

/**
 * The one place where a record's events become what they stand for: an audit entry per transition
 * (who moved which record of which school, and how) and, through the outbox, the public events.
 * Called after the change is stored, in its transaction. Audit texts name records by id, version
 * and status, never the student.
 */
@Component
class RecordChanges {

  private final AuditLog audit;
  private final RecordEventPublisher events;

  RecordChanges(AuditLog audit, RecordEventPublisher events) {
    this.audit = audit;
    this.events = events;
  }

  <T> T record(Changes<T> changes) {
    record(changes.events());
    return changes.state();
  }

  /** The events of stored transitions: their audit entries at once, then their public events. */
  void record(List<RecordEvent> recordEvents) {
    List<AuditLog.Entry> entries = new java.util.ArrayList<>(recordEvents.size());
    for (RecordEvent event : recordEvents) {
      var record = event.record();
      String purpose =
          switch (event) {
            case RecordEvent.Reopened r -> event.action() + ": " + r.reason();
            case RecordEvent.Corrected c ->
                event.action()
                    + " version "
                    + c.previous().version()
                    + " by decision "
                    + record.correction().decisionNumber();
            case RecordEvent.Imported i ->
                event.action()
                    + " (version "
                    + record.version()
                    + ", signed at "
                    + record.placement().schoolCode()
                    + ") from a transfer package";
            default -> event.action() + " (version " + record.version() + ")";
          };
      entries.add(
          new AuditLog.Entry(
              event instanceof RecordEvent.Imported
                  ? AuditLog.Action.IMPORT
                  : event instanceof RecordEvent.Submitted && record.revision() == 1
                      ? AuditLog.Action.CREATE
                      : AuditLog.Action.UPDATE,
              RecordAccess.RECORD,
              record.id().toString(),
              record.holdingSchool(),
              purpose));
    }
    audit.recordAll(entries);
    recordEvents.forEach(events::publish);
  }
}
