package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** Schools enter records, one at a time or a class or a school at once. */
public interface SubmitRecordsUseCase {

  /** The record after the submission, and whether it was opened by it. */
  record Submitted(SchoolRecord record, boolean opened) {}

  Submitted submit(RecordCommands.SubmitRecord command);

  /** Every record stored, in the order given; or a rule violation naming every refused value. */
  List<Submitted> submitInBulk(RecordCommands.SubmitRecordsInBulk command);
}
