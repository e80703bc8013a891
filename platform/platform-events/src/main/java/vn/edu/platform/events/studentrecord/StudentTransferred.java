package vn.edu.platform.events.studentrecord;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.optionalText;
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
 * A student was transferred (chuyển trường) from a school: the sending school ended the student's
 * enrolment of the school year on {@code lastDay}, towards another school of the province ({@code
 * toSchoolCode}, which then enrols the student and publishes {@link StudentEnrolled} with this
 * {@code transferId}) or out of the province ({@code toSchoolCode} null, {@code outOfProvince}
 * true). Published by student-record-service on the student's key.
 *
 * <p>Personal data: the student is named by the student code only (see {@link StudentEnrolled});
 * the reason of the transfer and a destination outside the province, free texts the sending school
 * writes, stay in the service.
 *
 * @param studentCode the student code; the subject and Kafka key
 * @param transferId the transfer's id
 * @param fromSchoolCode the sending school
 * @param toSchoolCode the receiving school of the province; null when the student leaves it
 * @param outOfProvince whether the student leaves the province
 * @param endedEnrolmentId the sending school's enrolment that the transfer ended
 * @param schoolYear that enrolment's school year
 * @param grade that enrolment's grade
 * @param className that enrolment's class name
 * @param lastDay the student's last day at the sending school
 */
@EventType(
    type = "vn.edu.platform.studentrecord.StudentTransferred",
    version = 1,
    topic = Topics.STUDENT_RECORD_STUDENT,
    source = "student-record-service")
public record StudentTransferred(
    UUID eventId,
    Instant occurredAt,
    String studentCode,
    UUID transferId,
    String fromSchoolCode,
    @NullableField String toSchoolCode,
    boolean outOfProvince,
    UUID endedEnrolmentId,
    String schoolYear,
    int grade,
    String className,
    LocalDate lastDay)
    implements IntegrationEvent {

  public StudentTransferred {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    studentCode = SchoolYears.studentCode(text(studentCode, "studentCode"), "studentCode");
    required(transferId, "transferId");
    fromSchoolCode = text(fromSchoolCode, "fromSchoolCode");
    toSchoolCode = optionalText(toSchoolCode, "toSchoolCode");
    check(
        outOfProvince == (toSchoolCode == null),
        "a transfer goes to a school of the province (toSchoolCode) or out of it");
    check(!fromSchoolCode.equals(toSchoolCode), "toSchoolCode is another school");
    required(endedEnrolmentId, "endedEnrolmentId");
    schoolYear = SchoolYears.schoolYear(text(schoolYear, "schoolYear"), "schoolYear");
    SchoolYears.grade(grade, "grade");
    className = text(className, "className");
    required(lastDay, "lastDay");
  }

  @Override
  public String subject() {
    return studentCode;
  }
}
