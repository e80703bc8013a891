package vn.edu.platform.events.studentrecord;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;
import static vn.edu.platform.events.studentrecord.RecordEventRules.SCHOOL_YEAR;
import static vn.edu.platform.events.studentrecord.RecordEventRules.STUDENT_CODE;

import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * Record locked (khoá học bạ): A record signed by the principal was locked: immutable from now on;
 * a change is a correction (a new version).
 *
 * @param recordId the record version the event is about.
 * @param version the record's version: 1, then +1 for every correction.
 * @param studentCode the student's code in the sector (mã định danh học sinh).
 * @param schoolYear the school year, e.g. 2025-2026.
 * @param schoolCode the school that owns the record (the student's school that year).
 * @param grade the grade, 1-12.
 * @param lockedAt when it was locked, RFC 3339 in UTC.
 */
@EventType(
    type = "vn.edu.platform.studentrecord.RecordLocked",
    version = 1,
    topic = Topics.STUDENT_RECORD_RECORD,
    source = "student-record-service")
public record RecordLocked(
    UUID eventId,
    Instant occurredAt,
    UUID recordId,
    int version,
    String studentCode,
    String schoolYear,
    String schoolCode,
    int grade,
    Instant lockedAt)
    implements IntegrationEvent {

  public RecordLocked {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(recordId, "recordId");
    studentCode = text(studentCode, "studentCode");
    schoolYear = text(schoolYear, "schoolYear");
    schoolCode = text(schoolCode, "schoolCode");
    required(lockedAt, "lockedAt");
    check(version >= 1, "version is at least 1");
    check(grade >= 1 && grade <= 12, "grade is 1-12");
    check(STUDENT_CODE.matcher(studentCode).matches(), "studentCode is 10 digits");
    check(SCHOOL_YEAR.matcher(schoolYear).matches(), "schoolYear is like 2025-2026");
  }

  @Override
  public String subject() {
    return studentCode + "/" + schoolYear;
  }
}
