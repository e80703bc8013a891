package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.studentrecord.student.application.port.in.ManageEnrolmentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.in.StudentHistory;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Enrolling;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentRules;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * Enrolments and transfers. Both lock the student's row first, so two changes of one student's
 * career queue up and the second sees what the first did; the partial unique key on open enrolments
 * (one per student and year) guards what a lock cannot.
 */
@Service
class EnrolmentService implements ManageEnrolmentsUseCase {

  private final StudentRepository students;
  private final ClassRepository classes;
  private final EnrolmentRepository enrolments;
  private final SchoolDirectory schools;
  private final StudentAccess access;
  private final EnrolmentDecisions decisions;
  private final StudentChanges changes;
  private final Clock clock;

  EnrolmentService(
      StudentRepository students,
      ClassRepository classes,
      EnrolmentRepository enrolments,
      SchoolDirectory schools,
      StudentAccess access,
      EnrolmentDecisions decisions,
      StudentChanges changes,
      Clock clock) {
    this.decisions = decisions;
    this.students = students;
    this.classes = classes;
    this.enrolments = enrolments;
    this.schools = schools;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public StudentHistory.EnrolmentEntry enrol(Requester requester, StudentCommands.Enrol c) {
    Student student = access.writable(requester, c.studentCode());
    SchoolClass target =
        classes
            .find(c.classId())
            .filter(found -> requester.reads(found.schoolCode()))
            .orElseThrow(() -> StudentRules.refusal("/classId", "unknown-class"));
    Changes<Enrolling.Enrolled> enrolled = decisions.enrolIn(student, target, c.startDate());
    decisions.store(enrolled.state());
    changes.record(enrolled);
    return new StudentHistory.EnrolmentEntry(
        enrolled.state().enrolment(), target.name(), target.homeroomTeacher());
  }

  @Override
  @Transactional
  public Transfer transfer(Requester requester, StudentCommands.Transfer c) {
    Student student = access.writable(requester, c.studentCode());
    Enrolment current =
        enrolments
            .currentAt(student.studentCode(), student.schoolCode())
            .orElseThrow(
                () ->
                    new StateConflict(
                        "no-current-enrolment",
                        "The student has no open enrolment at the school to transfer from"));
    SchoolClass currentClass = classes.find(current.classId()).orElseThrow();
    LocalDate today = PlatformTime.today(clock);
    String to = StudentRules.text(c.toSchoolCode());
    Changes<Transfer.Transferred> transferred =
        Transfer.transfer(
            UUID.randomUUID(),
            student,
            current,
            currentClass,
            to,
            to != null && schools.isSchool(to, today),
            c.destinationOutsideProvince(),
            c.lastDay(),
            c.reason(),
            today,
            clock.instant());
    Transfer.Transferred state = transferred.state();
    enrolments.update(state.ended());
    enrolments.insert(state.transfer());
    if (state.student().revision() != student.revision()) {
      students.update(state.student());
    }
    changes.record(transferred);
    return state.transfer();
  }
}
