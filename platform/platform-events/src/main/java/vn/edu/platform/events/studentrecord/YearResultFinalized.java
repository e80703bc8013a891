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
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * Year result finalized (kết quả năm học): A record was locked, so its year results are final: the
 * levels and the year-end decision, no scores and no comments. Secondary records (grades 6-12)
 * carry learningLevel and conductLevel, primary records (grades 1-5) primaryOutcome.
 *
 * @param recordId the record version the event is about.
 * @param version the record's version: 1, then +1 for every correction.
 * @param studentCode the student's code in the sector (mã định danh học sinh).
 * @param schoolYear the school year, e.g. 2025-2026.
 * @param schoolCode the school that owns the record (the student's school that year).
 * @param grade the grade, 1-12.
 * @param learningLevel secondary: the year's learning result (kết quả học tập): GOOD (Tốt), FAIR
 *     (Khá), PASS (Đạt), FAIL (Chưa đạt); null for primary.
 * @param conductLevel secondary: the year's conduct (kết quả rèn luyện), same levels; null for
 *     primary.
 * @param primaryOutcome primary: the year's outcome (Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn
 *     thành, Chưa hoàn thành); null for secondary.
 * @param decision the year-end decision: promoted (or the programme completed), summer
 *     re-assessment, conduct training, both, or repeat the year.
 * @param award the year's award: EXCELLENT (Học sinh Xuất sắc) or GOOD (Học sinh Giỏi); null for
 *     none.
 * @param completesGrade whether the results complete the grade.
 * @param lowerSecondaryCompletionConfirmed grade 9 from 2025-2026: whether the principal confirmed
 *     the completion of the lower-secondary programme.
 * @param finalizedAt when the record was locked, RFC 3339 in UTC.
 */
@EventType(
    type = "vn.edu.platform.studentrecord.YearResultFinalized",
    version = 1,
    topic = Topics.STUDENT_RECORD_RECORD,
    source = "student-record-service")
public record YearResultFinalized(
    UUID eventId,
    Instant occurredAt,
    UUID recordId,
    int version,
    String studentCode,
    String schoolYear,
    String schoolCode,
    int grade,
    @NullableField ResultLevel learningLevel,
    @NullableField ResultLevel conductLevel,
    @NullableField PrimaryOutcome primaryOutcome,
    YearEndDecision decision,
    @NullableField Award award,
    boolean completesGrade,
    boolean lowerSecondaryCompletionConfirmed,
    Instant finalizedAt)
    implements IntegrationEvent {

  public YearResultFinalized {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(recordId, "recordId");
    studentCode = text(studentCode, "studentCode");
    schoolYear = text(schoolYear, "schoolYear");
    schoolCode = text(schoolCode, "schoolCode");
    required(decision, "decision");
    required(finalizedAt, "finalizedAt");
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
