package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A student enrolled in a class (xếp lớp) for a school year, from {@code startsOn}. An enrolment
 * stays open while the student is in the class, also after the year is over (the student finished
 * the year in it: that is what owns the year's record); it ends only by a move to another class of
 * the same school and year or by a transfer. One open enrolment per student and school year; the
 * history of ended ones stays with the student.
 *
 * @param schoolCode the class's school, kept for the history after the student left it
 * @param grade the class's grade
 * @param endsOn the last day in the class; null while open
 * @param endReason why it ended; null while open
 * @param transferId at a receiving school, the transfer this enrolment took up
 */
public record Enrolment(
    UUID id,
    String studentCode,
    UUID classId,
    String schoolCode,
    SchoolYear schoolYear,
    int grade,
    LocalDate startsOn,
    LocalDate endsOn,
    EndReason endReason,
    UUID transferId,
    Instant createdAt,
    long revision) {

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(classId, "classId");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(createdAt, "createdAt");
    if ((endsOn == null) != (endReason == null)) {
      throw new IllegalArgumentException("an ended enrolment, and only one, has its reason");
    }
  }

  public boolean isOpen() {
    return endsOn == null;
  }

  /** Ends the enrolment after {@code lastDay}. */
  Enrolment ended(LocalDate lastDay, EndReason reason) {
    return new Enrolment(
        id,
        studentCode,
        classId,
        schoolCode,
        schoolYear,
        grade,
        startsOn,
        lastDay,
        reason,
        transferId,
        createdAt,
        revision + 1);
  }
}
