package vn.edu.platform.studentrecord.student.application;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * A student code is registered once (409 {@code student-exists}); a personal identification number
 * belongs to one student (409 {@code personal-id-taken}); the database's unique keys settle a race.
 * Shared by the registration and the bulk import, in their transaction.
 */
@Component
class StudentRegistrations {

  private final StudentRepository students;

  StudentRegistrations(StudentRepository students) {
    this.students = students;
  }

  /** Stores a new student, refusing a code or a personal identification number taken already. */
  void insert(Student student) {
    if (students.find(student.studentCode()).isPresent()) {
      throw exists(student.studentCode());
    }
    requireFreePersonalId(student);
    if (!students.insert(student)) {
      if (students.find(student.studentCode()).isPresent()) {
        throw exists(student.studentCode());
      }
      throw personalIdTaken();
    }
  }

  /** Refuses a personal identification number another student has. */
  void requireFreePersonalId(Student student) {
    String number = student.identity().personalId();
    if (number != null
        && students
            .withPersonalId(number)
            .filter(other -> !other.equals(student.studentCode()))
            .isPresent()) {
      throw personalIdTaken();
    }
  }

  static AlreadyExists exists(String studentCode) {
    return new AlreadyExists(
        "student-exists",
        List.of(Violation.at("/studentCode", "duplicate-student-code")),
        studentCode);
  }

  static AlreadyExists personalIdTaken() {
    return new AlreadyExists(
        "personal-id-taken", List.of(Violation.at("/personalId", "personal-id-taken")));
  }
}
