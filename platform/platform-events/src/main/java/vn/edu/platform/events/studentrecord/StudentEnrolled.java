package vn.edu.platform.events.studentrecord;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * A student was enrolled (xếp lớp) in a class of a school for a school year, from {@code startsOn}.
 * Published by student-record-service on the student's key when a school enrols a student, moves
 * them to another of its classes in the same year (then {@code endedEnrolmentId} names the
 * enrolment that ended the day before), or takes them up after a transfer from another school of
 * the province ({@code transferId}). The enrolment is what owns the student's record of that year.
 *
 * <p>Personal data: the student is named by the student code (mã định danh học sinh) only, the
 * sector's identifier that follows them across schools, because the consumers (reporting's
 * per-school and per-class counts of students with a signed record, admission-service's current
 * school) join their facts per student by it; never by name, date of birth or personal
 * identification number.
 *
 * @param studentCode the student code; the subject and Kafka key
 * @param enrolmentId the new enrolment's id
 * @param schoolCode the school of the class
 * @param schoolYear the school year, e.g. {@code 2025-2026}
 * @param grade the class's grade, 1-12
 * @param classId the class's id
 * @param className the class's name, e.g. {@code 9A1}
 * @param startsOn the first day in the class
 * @param endedEnrolmentId on a move between classes, the enrolment of the same year that ended
 * @param endedOn on a move, the last day of the ended enrolment (the day before {@code startsOn})
 * @param transferId when a receiving school takes up a transfer, the transfer's id
 */
@EventType(
    type = "vn.edu.platform.studentrecord.StudentEnrolled",
    version = 1,
    topic = Topics.STUDENT_RECORD_STUDENT,
    source = "student-record-service")
public record StudentEnrolled(
    UUID eventId,
    Instant occurredAt,
    String studentCode,
    UUID enrolmentId,
    String schoolCode,
    String schoolYear,
    int grade,
    UUID classId,
    String className,
    LocalDate startsOn,
    @NullableField UUID endedEnrolmentId,
    @NullableField LocalDate endedOn,
    @NullableField UUID transferId)
    implements IntegrationEvent {

  public StudentEnrolled {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    studentCode = SchoolYears.studentCode(text(studentCode, "studentCode"), "studentCode");
    required(enrolmentId, "enrolmentId");
    schoolCode = text(schoolCode, "schoolCode");
    schoolYear = SchoolYears.schoolYear(text(schoolYear, "schoolYear"), "schoolYear");
    SchoolYears.grade(grade, "grade");
    required(classId, "classId");
    className = text(className, "className");
    required(startsOn, "startsOn");
    check(
        (endedEnrolmentId == null) == (endedOn == null),
        "endedEnrolmentId and endedOn come together");
    check(endedOn == null || endedOn.isBefore(startsOn), "endedOn is before startsOn");
    check(
        endedEnrolmentId == null || transferId == null,
        "a move between classes takes up no transfer");
  }

  @Override
  public String subject() {
    return studentCode;
  }
}
