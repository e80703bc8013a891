package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.Violation;

/**
 * A transfer (chuyển trường): the sending school ends the student's current enrolment after its
 * {@code lastDay}, towards another school of the province or out of it. Within the province the
 * student's file moves to the receiving school, which then enrols the student in one of its classes
 * (the transfer is taken up); a student leaving the province stays with the sending school's file
 * and the transfer is final. The history of enrolments and transfers stays with the student.
 *
 * <p>Rules kept here: a destination, either a school of the province ({@code unknown-school} unless
 * the organisation replica has it as a school today; {@code same-school}) or a text naming one
 * outside the province (at most 500 characters), not both ({@code destination-required}, {@code
 * destination-ambiguous}); a reason (required, at most 2,000 characters); the last day not before
 * the enrolment's first nor after today ({@code last-day-out-of-range}).
 *
 * @param toSchoolCode the receiving school of the province; null when the student leaves it
 * @param destinationOutsideProvince the school outside the province, as the sending school writes
 *     it
 * @param lastDay the student's last day at the sending school
 * @param endedEnrolmentId the sending school's enrolment the transfer ended
 * @param schoolYear that enrolment's school year
 * @param grade that enrolment's grade
 * @param className that enrolment's class name
 * @param takenUpBy at the receiving school, the enrolment that took the transfer up
 */
public record Transfer(
    UUID id,
    String studentCode,
    String fromSchoolCode,
    String toSchoolCode,
    String destinationOutsideProvince,
    LocalDate lastDay,
    String reason,
    UUID endedEnrolmentId,
    SchoolYear schoolYear,
    int grade,
    String className,
    Status status,
    UUID takenUpBy,
    Instant recordedAt,
    long revision) {

  /** Where a transfer stands. */
  public enum Status {
    /** Within the province, waiting for the receiving school to enrol the student. */
    PENDING,
    /** The receiving school enrolled the student. */
    TAKEN_UP,
    /** The student left the province. */
    LEFT_PROVINCE
  }

  public Transfer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(fromSchoolCode, "fromSchoolCode");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(endedEnrolmentId, "endedEnrolmentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What a transfer changed: the transfer, the ended enrolment and the student's file. */
  public record Transferred(Transfer transfer, Enrolment ended, Student student) {}

  /**
   * Transfers {@code student} out of {@code current} (its open enrolment of the latest year at the
   * school holding the file, in {@code currentClass}).
   *
   * @param toSchoolIsASchool whether the organisation replica has {@code toSchoolCode} as a school
   *     today
   */
  public static Changes<Transferred> transfer(
      UUID id,
      Student student,
      Enrolment current,
      SchoolClass currentClass,
      String toSchoolCode,
      boolean toSchoolIsASchool,
      String destinationOutsideProvince,
      LocalDate lastDay,
      String reason,
      LocalDate today,
      Instant at) {
    List<Violation> violations = new ArrayList<>();
    String toSchool = StudentRules.text(toSchoolCode);
    String outside =
        StudentRules.checkText(
            "/destinationOutsideProvince", destinationOutsideProvince, false, 500, violations);
    if (toSchool == null && outside == null) {
      violations.add(Violation.at("/toSchoolCode", "destination-required"));
    } else if (toSchool != null && outside != null) {
      violations.add(Violation.at("/destinationOutsideProvince", "destination-ambiguous"));
    } else if (toSchool != null && toSchool.equals(student.schoolCode())) {
      violations.add(Violation.at("/toSchoolCode", "same-school"));
    } else if (toSchool != null && !toSchoolIsASchool) {
      violations.add(Violation.at("/toSchoolCode", "unknown-school", toSchool));
    }
    String why = StudentRules.checkText("/reason", reason, true, 2000, violations);
    if (lastDay == null) {
      violations.add(Violation.at("/date", "required"));
    } else if (lastDay.isBefore(current.startsOn()) || lastDay.isAfter(today)) {
      violations.add(Violation.at("/date", "last-day-out-of-range", current.startsOn(), today));
    }
    StudentRules.throwIfAny(violations);
    Enrolment ended = current.ended(lastDay, EndReason.TRANSFERRED);
    Transfer transfer =
        new Transfer(
            id,
            student.studentCode(),
            student.schoolCode(),
            toSchool,
            outside,
            lastDay,
            why,
            current.id(),
            current.schoolYear(),
            current.grade(),
            currentClass.name(),
            toSchool == null ? Status.LEFT_PROVINCE : Status.PENDING,
            null,
            at,
            1);
    Student moved = toSchool == null ? student : student.movedTo(toSchool);
    Transferred transferred = new Transferred(transfer, ended, moved);
    return Changes.of(transferred, new StudentEvent.StudentTransferred(transferred));
  }

  /** The receiving school took the transfer up with its enrolment {@code enrolmentId}. */
  Transfer takenUpBy(UUID enrolmentId) {
    return new Transfer(
        id,
        studentCode,
        fromSchoolCode,
        toSchoolCode,
        destinationOutsideProvince,
        lastDay,
        reason,
        endedEnrolmentId,
        schoolYear,
        grade,
        className,
        Status.TAKEN_UP,
        enrolmentId,
        recordedAt,
        revision + 1);
  }
}
