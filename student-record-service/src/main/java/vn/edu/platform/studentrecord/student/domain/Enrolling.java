package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * The rules of enrolling a student in a class, which involve the student, the class, the student's
 * open enrolment of that year and a pending transfer:
 *
 * <ul>
 *   <li>only the school holding the student's file enrols the student, in one of its classes
 *       ({@code class-of-another-school}); after a transfer within the province that is the
 *       receiving school, which takes the transfer up;
 *   <li>the first day lies within the class's school year ({@code outside-school-year});
 *   <li>one open enrolment per student and year: enrolling in another class of the same school and
 *       year ends the open one the day before ({@code CLASS_CHANGED}), which must have begun
 *       earlier ({@code starts-before-current-enrolment}); the same class again is a conflict
 *       ({@code already-enrolled-in-class}), an open enrolment at another school too ({@code
 *       enrolled-in-another-school}: transfer the student first);
 *   <li>the receiving school's enrolment begins after the student's last day at the sending school
 *       ({@code starts-before-transfer}).
 * </ul>
 */
public final class Enrolling {

  private Enrolling() {}

  /** What an enrolment changed: the new enrolment, the one it ended, the transfer it took up. */
  public record Enrolled(Enrolment enrolment, Enrolment ended, Transfer takenUp) {}

  /**
   * Enrols {@code student} in {@code target} from {@code startsOn}.
   *
   * @param openOfYear the student's open enrolment of the class's school year, if any
   * @param pendingTransfer the transfer to the class's school waiting to be taken up, if any
   */
  public static Changes<Enrolled> enrol(
      UUID id,
      Student student,
      SchoolClass target,
      LocalDate startsOn,
      Enrolment openOfYear,
      Transfer pendingTransfer,
      Instant at) {
    List<Violation> violations = new ArrayList<>();
    if (!target.schoolCode().equals(student.schoolCode())) {
      violations.add(Violation.at("/classId", "class-of-another-school"));
    }
    if (startsOn == null) {
      violations.add(Violation.at("/startDate", "required"));
    } else if (!target.schoolYear().contains(startsOn)) {
      violations.add(
          Violation.at(
              "/startDate",
              "outside-school-year",
              target.schoolYear().toString(),
              target.schoolYear().firstDay(),
              target.schoolYear().lastDay()));
    }
    StudentRules.throwIfAny(violations);
    Enrolment ended = null;
    if (openOfYear != null) {
      if (openOfYear.classId().equals(target.id())) {
        throw new StateConflict(
            "already-enrolled-in-class", "The student is enrolled in this class already");
      }
      if (!openOfYear.schoolCode().equals(target.schoolCode())) {
        throw new StateConflict(
            "enrolled-in-another-school",
            "The student is enrolled at another school this year: transfer first");
      }
      if (!startsOn.isAfter(openOfYear.startsOn())) {
        throw StudentRules.refusal(
            "/startDate", "starts-before-current-enrolment", openOfYear.startsOn());
      }
      ended = openOfYear.ended(startsOn.minusDays(1), EndReason.CLASS_CHANGED);
    }
    Transfer takenUp = null;
    if (pendingTransfer != null && openOfYear == null) {
      if (!startsOn.isAfter(pendingTransfer.lastDay())) {
        throw StudentRules.refusal(
            "/startDate", "starts-before-transfer", pendingTransfer.lastDay());
      }
      takenUp = pendingTransfer.takenUpBy(id);
    }
    Enrolment enrolment =
        new Enrolment(
            id,
            student.studentCode(),
            target.id(),
            target.schoolCode(),
            target.schoolYear(),
            target.grade(),
            startsOn,
            null,
            null,
            takenUp == null ? null : takenUp.id(),
            at,
            1);
    Enrolled enrolled = new Enrolled(enrolment, ended, takenUp);
    return Changes.of(enrolled, new StudentEvent.StudentEnrolled(enrolled, target));
  }
}
