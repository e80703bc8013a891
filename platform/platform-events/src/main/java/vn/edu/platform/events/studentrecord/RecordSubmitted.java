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
 * Record submitted (nhập học bạ): A school entered or replaced the content of a record (a draft);
 * complete says whether every value is there, so that the year's results could be computed.
 *
 * @param recordId the record version the event is about.
 * @param version the record's version: 1, then +1 for every correction.
 * @param studentCode the student's code in the sector (mã định danh học sinh).
 * @param schoolYear the school year, e.g. 2025-2026.
 * @param schoolCode the school that owns the record (the student's school that year).
 * @param grade the grade, 1-12.
 * @param complete whether the content is complete (results computed).
 * @param submittedAt when the content was stored, RFC 3339 in UTC.
 */
@EventType(
    type = "vn.edu.platform.studentrecord.RecordSubmitted",
    version = 1,
    topic = Topics.STUDENT_RECORD_RECORD,
    source = "student-record-service")
public record RecordSubmitted(
    UUID eventId,
    Instant occurredAt,
    UUID recordId,
    int version,
    String studentCode,
    String schoolYear,
    String schoolCode,
    int grade,
    boolean complete,
    Instant submittedAt)
    implements IntegrationEvent {

  public RecordSubmitted {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(recordId, "recordId");
    studentCode = text(studentCode, "studentCode");
    schoolYear = text(schoolYear, "schoolYear");
    schoolCode = text(schoolCode, "schoolCode");
    required(submittedAt, "submittedAt");
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
