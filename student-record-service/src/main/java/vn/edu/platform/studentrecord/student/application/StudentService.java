package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.studentrecord.student.application.port.in.ManageStudentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/** Registering students and keeping their identity and sensitive data. */
@Service
class StudentService implements ManageStudentsUseCase {

  private final StudentRepository students;
  private final SchoolDirectory schools;
  private final StudentAccess access;
  private final StudentRegistrations registrations;
  private final StudentChanges changes;
  private final Clock clock;

  StudentService(
      StudentRepository students,
      SchoolDirectory schools,
      StudentAccess access,
      StudentRegistrations registrations,
      StudentChanges changes,
      Clock clock) {
    this.students = students;
    this.schools = schools;
    this.access = access;
    this.registrations = registrations;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Student register(Requester requester, StudentCommands.RegisterStudent c) {
    if (!requester.writes(c.schoolCode())) {
      throw new AccessDenied(c.schoolCode());
    }
    LocalDate today = PlatformTime.today(clock);
    if (!schools.isSchool(c.schoolCode(), today)) {
      throw StudentRules.refusal("/schoolCode", "unknown-school", c.schoolCode());
    }
    Identity identity =
        Identity.of(
            c.fullName(),
            c.dateOfBirth(),
            c.placeOfBirth(),
            c.sex(),
            c.personalId(),
            c.personalIdVerified(),
            today);
    Changes<Student> registered =
        Student.register(c.studentCode(), identity, c.schoolCode(), clock.instant());
    registrations.insert(registered.state());
    return changes.record(registered);
  }

  @Override
  @Transactional
  public Student correctIdentity(Requester requester, StudentCommands.CorrectIdentity c) {
    Student student = access.writable(requester, c.studentCode());
    c.expectedRevision().verify("student " + c.studentCode(), student.revision());
    Changes<Student> corrected =
        student.correct(
            new Student.IdentityCorrection(
                c.fullName(),
                c.dateOfBirth(),
                c.placeOfBirth(),
                c.sex(),
                c.personalId(),
                c.personalIdVerified()),
            PlatformTime.today(clock));
    if (corrected.events().isEmpty()) {
      return student;
    }
    registrations.requireFreePersonalId(corrected.state());
    students.update(corrected.state());
    return changes.record(corrected);
  }

  @Override
  @Transactional
  public SensitiveData setSensitiveData(Requester requester, StudentCommands.SetSensitiveData c) {
    Student student = access.writable(requester, c.studentCode());
    SensitiveData data = students.sensitiveData(student.studentCode());
    c.expectedRevision().verify("sensitive data of " + c.studentCode(), data.revision());
    Changes<SensitiveData> recorded =
        data.replacedBy(
            c.ethnicityCode(),
            c.disabilityKind(),
            c.disabilityLevel(),
            student.schoolCode(),
            clock.instant());
    students.save(recorded.state());
    return changes.record(recorded);
  }
}
