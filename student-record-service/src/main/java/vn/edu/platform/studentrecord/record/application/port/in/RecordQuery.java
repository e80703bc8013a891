package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/**
 * Reading records. A read by anyone outside the owning school is written to the audit trail; a
 * record the caller may not read is not found.
 */
public interface RecordQuery {

  SchoolRecord record(Actor actor, UUID recordId);

  /** Every version of a student's records, all years, oldest first. */
  List<SchoolRecord> history(Actor actor, String studentCode);

  record Filter(
      String schoolCode,
      String schoolYear,
      @Nullable UUID classId,
      @Nullable RecordStatus status,
      @Nullable Integer grade) {}

  record Page(List<SchoolRecord> items, long totalItems) {}

  /**
   * The current versions of a school's records of a year, page from 0; school staff and province
   * readers.
   */
  Page records(Actor actor, Filter filter, int page, int size);
}
