package vn.edu.platform.events.studentrecord;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;
import static vn.edu.platform.events.studentrecord.RecordEventRules.SCHOOL_YEAR;
import static vn.edu.platform.events.studentrecord.RecordEventRules.STUDENT_CODE;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * Extract issued (cấp trích lục học bạ): A PDF extract of a signed record was issued, sealed by the
 * service and numbered in its school's register of extracts of the year. Says which record version
 * was reproduced and under which number, never why or for whom (the purpose and the issuer stay in
 * the service's log of extracts).
 *
 * @param recordId the record version the extract reproduces.
 * @param version the record's version: 1, then +1 for every correction.
 * @param studentCode the student's code in the sector (mã định danh học sinh).
 * @param schoolYear the school year, e.g. 2025-2026.
 * @param schoolCode the school that owns the record (the student's school that year).
 * @param grade the grade, 1-12.
 * @param extractNumber the extract's number, sequential per school and year, e.g.
 *     S311002-2025-2026-000123.
 * @param channel how the extract was asked for: API.
 */
@EventType(
    type = "vn.edu.platform.studentrecord.ExtractIssued",
    version = 1,
    topic = Topics.STUDENT_RECORD_RECORD,
    source = "student-record-service")
public record ExtractIssued(
    UUID eventId,
    Instant occurredAt,
    UUID recordId,
    int version,
    String studentCode,
    String schoolYear,
    String schoolCode,
    int grade,
    String extractNumber,
    IssueChannel channel)
    implements IntegrationEvent {

  /** The school's code, the school year and a sequence of at least six digits. */
  static final Pattern EXTRACT_NUMBER = Pattern.compile("^\\S+-[0-9]{4}-[0-9]{4}-[0-9]{6,}$");

  public ExtractIssued {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(recordId, "recordId");
    studentCode = text(studentCode, "studentCode");
    schoolYear = text(schoolYear, "schoolYear");
    schoolCode = text(schoolCode, "schoolCode");
    extractNumber = text(extractNumber, "extractNumber");
    required(channel, "channel");
    check(version >= 1, "version is at least 1");
    check(grade >= 1 && grade <= 12, "grade is 1-12");
    check(STUDENT_CODE.matcher(studentCode).matches(), "studentCode is 10 digits");
    check(SCHOOL_YEAR.matcher(schoolYear).matches(), "schoolYear is like 2025-2026");
    check(
        EXTRACT_NUMBER.matcher(extractNumber).matches(),
        "extractNumber is like S311002-2025-2026-000123");
    check(
        extractNumber.startsWith(schoolCode + "-" + schoolYear + "-"),
        "extractNumber starts with the school's code and the school year");
  }

  @Override
  public String subject() {
    return studentCode + "/" + schoolYear;
  }
}
