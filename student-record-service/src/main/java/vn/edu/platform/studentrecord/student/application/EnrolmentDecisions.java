package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Enrolling;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * An enrolment decided from what the student has (the open enrolment of the year, a pending
 * transfer to the school holding the file) and stored; shared by the enrolment and the bulk import,
 * in their transaction, the student's row locked by the caller.
 */
@Component
class EnrolmentDecisions {

  private final EnrolmentRepository enrolments;
  private final Clock clock;

  EnrolmentDecisions(EnrolmentRepository enrolments, Clock clock) {
    this.enrolments = enrolments;
    this.clock = clock;
  }

  /** The decision; nothing stored yet (the import checks every row's rules before writing). */
  Changes<Enrolling.Enrolled> enrolIn(Student student, SchoolClass target, LocalDate startsOn) {
    Enrolment open = enrolments.openOf(student.studentCode(), target.schoolYear()).orElse(null);
    Transfer pending =
        enrolments
            .pendingTransfer(student.studentCode())
            .filter(t -> student.schoolCode().equals(t.toSchoolCode()))
            .orElse(null);
    return Enrolling.enrol(
        UUID.randomUUID(), student, target, startsOn, open, pending, clock.instant());
  }

  /** Stores an enrolment decision: the ending first, so the open key never sees two. */
  void store(Enrolling.Enrolled enrolled) {
    if (enrolled.ended() != null) {
      enrolments.update(enrolled.ended());
    }
    if (!enrolments.insert(enrolled.enrolment())) {
      throw new StateConflict(
          "enrolment-conflict", "Another enrolment of the student in this year came first");
    }
    if (enrolled.takenUp() != null) {
      enrolments.update(enrolled.takenUp());
    }
  }
}
