package vn.edu.platform.studentrecord.student.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.student.application.port.in.ReadStudentsQuery;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.Slice;
import vn.edu.platform.studentrecord.student.application.port.in.StudentFilter;
import vn.edu.platform.studentrecord.student.application.port.in.StudentHistory;
import vn.edu.platform.studentrecord.student.application.port.in.StudentSummary;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.application.port.out.GuardianRepository;
import vn.edu.platform.studentrecord.student.application.port.out.StudentReadModel;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.Guardian;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * Reading students within the requester's reach. A read of a student's personal data by anyone
 * outside the school holding the file (a commune officer, the department, a government system, a
 * linked guardian) is written to the audit trail in the read's transaction, one entry per student
 * shown; the school's own staff's reads are not.
 */
@Service
@Transactional
class StudentReadService implements ReadStudentsQuery {

  private final StudentRepository students;
  private final ClassRepository classes;
  private final EnrolmentRepository enrolments;
  private final GuardianRepository guardians;
  private final StudentReadModel views;
  private final StudentAccess access;
  private final AuditLog audit;

  StudentReadService(
      StudentRepository students,
      ClassRepository classes,
      EnrolmentRepository enrolments,
      GuardianRepository guardians,
      StudentReadModel views,
      StudentAccess access,
      AuditLog audit) {
    this.students = students;
    this.classes = classes;
    this.enrolments = enrolments;
    this.guardians = guardians;
    this.views = views;
    this.access = access;
    this.audit = audit;
  }

  @Override
  public Student student(Requester requester, String studentCode) {
    Student student =
        students.find(studentCode).orElseThrow(() -> StudentAccess.notFound(studentCode));
    if (requester.reads(student.schoolCode())) {
      outsideRead(requester, StudentChanges.STUDENT, student, "read the identity");
      return student;
    }
    boolean guardian =
        requester
            .citizenLogin()
            .filter(login -> guardians.isLinked(studentCode, login))
            .isPresent();
    if (!guardian) {
      throw StudentAccess.notFound(studentCode);
    }
    audit.read(
        StudentChanges.STUDENT,
        studentCode,
        student.schoolCode(),
        "a linked guardian reads the identity");
    return student;
  }

  @Override
  public Slice<StudentSummary> search(
      Requester requester, StudentFilter filter, int offset, int limit) {
    if (filter.schoolCode() == null
        ? !requester.provinceWide()
        : !requester.reads(filter.schoolCode())) {
      throw new AccessDenied(filter.schoolCode() == null ? "-" : filter.schoolCode());
    }
    Slice<StudentSummary> found = views.search(filter, offset, limit);
    for (StudentSummary summary : found.items()) {
      if (!requester.worksAt(summary.schoolCode())) {
        audit.read(
            StudentChanges.STUDENT,
            summary.studentCode(),
            summary.schoolCode(),
            "list students of "
                + (filter.schoolCode() == null ? "the province" : filter.schoolCode()));
      }
    }
    return found;
  }

  @Override
  public StudentHistory history(Requester requester, String studentCode) {
    Student student = access.readable(requester, studentCode);
    outsideRead(requester, StudentChanges.STUDENT, student, "read the school history");
    List<Enrolment> all = enrolments.of(studentCode);
    Map<UUID, SchoolClass> byId =
        all.stream()
            .map(Enrolment::classId)
            .distinct()
            .map(classes::find)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toMap(SchoolClass::id, Function.identity()));
    List<StudentHistory.EnrolmentEntry> entries = new ArrayList<>();
    for (Enrolment enrolment : all) {
      SchoolClass schoolClass = byId.get(enrolment.classId());
      entries.add(
          new StudentHistory.EnrolmentEntry(
              enrolment, schoolClass.name(), schoolClass.homeroomTeacher()));
    }
    return new StudentHistory(
        studentCode, student.schoolCode(), entries, enrolments.transfers(studentCode));
  }

  @Override
  public SensitiveData sensitiveData(Requester requester, String studentCode) {
    Student student = access.readable(requester, studentCode);
    if (!requester.readsSensitive(student.schoolCode())) {
      throw new AccessDenied(student.schoolCode());
    }
    outsideRead(requester, StudentChanges.SENSITIVE, student, "read the sensitive data");
    return students.sensitiveData(studentCode);
  }

  @Override
  public List<Guardian> guardians(Requester requester, String studentCode) {
    Student student = access.readable(requester, studentCode);
    outsideRead(requester, StudentChanges.STUDENT, student, "read the guardians");
    return guardians.of(studentCode);
  }

  @Override
  public SchoolClass schoolClass(Requester requester, UUID classId) {
    return classes
        .find(classId)
        .filter(found -> requester.reads(found.schoolCode()))
        .orElseThrow(() -> new NotFound(ClassService.NOT_FOUND, classId));
  }

  @Override
  public List<SchoolClass> classes(Requester requester, String schoolCode, String schoolYear) {
    if (!requester.reads(schoolCode)) {
      throw new AccessDenied(schoolCode);
    }
    return classes.of(schoolCode, ClassService.schoolYear("schoolYear", schoolYear));
  }

  private void outsideRead(Requester requester, String type, Student student, String purpose) {
    if (!requester.worksAt(student.schoolCode())) {
      audit.read(type, student.studentCode(), student.schoolCode(), purpose);
    }
  }
}
