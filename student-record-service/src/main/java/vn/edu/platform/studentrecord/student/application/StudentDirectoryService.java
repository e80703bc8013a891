package vn.edu.platform.studentrecord.student.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.studentrecord.student.application.port.in.ClassView;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;
import vn.edu.platform.studentrecord.student.application.port.in.Sex;
import vn.edu.platform.studentrecord.student.application.port.in.StudentIdentityView;
import vn.edu.platform.studentrecord.student.application.port.in.StudentQuery;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.GuardianRepository;
import vn.edu.platform.studentrecord.student.application.port.out.StudentReadModel;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;

/**
 * The enrolments and identities the record feature builds on. No access checks and no audit here:
 * the record feature decides who reads a record and audits its own reads.
 */
@Service
@Transactional(readOnly = true)
class StudentDirectoryService implements EnrolmentQuery, StudentQuery {

  private final StudentRepository students;
  private final ClassRepository classes;
  private final GuardianRepository guardians;
  private final StudentReadModel views;

  StudentDirectoryService(
      StudentRepository students,
      ClassRepository classes,
      GuardianRepository guardians,
      StudentReadModel views) {
    this.students = students;
    this.classes = classes;
    this.guardians = guardians;
    this.views = views;
  }

  @Override
  public Optional<EnrolmentView> enrolment(String studentCode, String schoolYear) {
    return views.latestOfYear(studentCode, schoolYear);
  }

  @Override
  public Optional<EnrolmentView> currentEnrolment(String studentCode) {
    return views.current(studentCode);
  }

  @Override
  public List<EnrolmentView> enrolmentsOfClass(UUID classId) {
    return views.openOfClass(classId);
  }

  @Override
  public List<EnrolmentView> enrolmentsOfSchool(String schoolCode, String schoolYear) {
    return views.owningAt(schoolCode, schoolYear);
  }

  @Override
  public Optional<ClassView> schoolClass(UUID classId) {
    return classes.find(classId).map(StudentDirectoryService::view);
  }

  @Override
  public Optional<StudentIdentityView> identity(String studentCode) {
    return students
        .find(studentCode)
        .map(
            student -> {
              Identity i = student.identity();
              return new StudentIdentityView(
                  student.studentCode(),
                  i.fullName(),
                  i.dateOfBirth(),
                  Sex.valueOf(i.sex().name()),
                  i.placeOfBirth(),
                  i.personalId(),
                  i.personalIdVerified());
            });
  }

  @Override
  public boolean isLinkedGuardian(String studentCode, String accountLogin) {
    return guardians.isLinked(studentCode, accountLogin);
  }

  @Override
  public List<String> studentsOfGuardian(String accountLogin) {
    return guardians.studentsOf(accountLogin);
  }

  @Override
  public boolean hasLegalRepresentativeConsent(String studentCode) {
    return guardians.hasLegalRepresentativeConsent(studentCode);
  }

  static ClassView view(SchoolClass c) {
    return new ClassView(
        c.id(),
        c.schoolCode(),
        c.schoolYear().toString(),
        c.grade(),
        c.name(),
        c.homeroomTeacher());
  }
}
