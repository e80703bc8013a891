package vn.edu.platform.studentrecord.record.application.port.in;

import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** The school's workflow steps on a record, each audited. */
public interface RecordWorkflowUseCase {

  SchoolRecord verify(RecordCommands.Step command);

  SchoolRecord confirm(RecordCommands.Step command);

  SchoolRecord confirmCompletion(RecordCommands.Step command);

  SchoolRecord lock(RecordCommands.Step command);

  SchoolRecord reopen(RecordCommands.Reopen command);

  /** The new version, in draft. */
  SchoolRecord correct(RecordCommands.Correct command);
}
