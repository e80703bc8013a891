package vn.edu.platform.studentrecord.student.application;

import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * A student as the requester may reach it: another school's student is not found (404 {@code
 * student-not-found}, the same as an unknown code, so codes cannot be probed); a reader who may not
 * change it is refused (403).
 */
@Component
class StudentAccess {

  static final String NOT_FOUND = "student-not-found";

  private final StudentRepository students;

  StudentAccess(StudentRepository students) {
    this.students = students;
  }

  /** The student, if the requester reads the school holding the file. */
  Student readable(Requester requester, String studentCode) {
    Student student = students.find(studentCode).orElseThrow(() -> notFound(studentCode));
    if (!requester.reads(student.schoolCode())) {
      throw notFound(studentCode);
    }
    return student;
  }

  /** The student, locked, if the requester changes the school's students. */
  Student writable(Requester requester, String studentCode) {
    Student student = students.lock(studentCode).orElseThrow(() -> notFound(studentCode));
    if (!requester.reads(student.schoolCode())) {
      throw notFound(studentCode);
    }
    if (!requester.writes(student.schoolCode())) {
      throw new AccessDenied(student.schoolCode());
    }
    return student;
  }

  static NotFound notFound(String studentCode) {
    return new NotFound(NOT_FOUND, studentCode);
  }
}
