package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.UUID;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** The school's workflow steps on a record, each audited. */
public interface RecordWorkflowUseCase {

  SchoolRecord verify(RecordCommands.Step command);

  SchoolRecord confirm(RecordCommands.Step command);

  SchoolRecord confirmCompletion(RecordCommands.Step command);

  SchoolRecord lock(RecordCommands.Step command);

  SchoolRecord reopen(RecordCommands.Reopen command);

  /** A record the bulk step could not move, and why (the problem's code and errors). */
  record Refusal(
      UUID recordId,
      String studentCode,
      String code,
      java.util.List<vn.edu.platform.kernel.Violation> errors) {}

  /** What a bulk step did: the records it moved and the ones it could not. */
  record BulkOutcome(java.util.List<SchoolRecord> moved, java.util.List<Refusal> refused) {}

  /**
   * Takes the step on every current record of the class (or school) that waits for it: verify the
   * drafts, confirm the verified, lock those the principal signed. Each record moves on its own; a
   * record that cannot (incomplete, identity not cross-checked) is reported and left as it was.
   */
  BulkOutcome stepInBulk(RecordCommands.StepInBulk command);

  /** The new version, in draft. */
  SchoolRecord correct(RecordCommands.Correct command);
}
