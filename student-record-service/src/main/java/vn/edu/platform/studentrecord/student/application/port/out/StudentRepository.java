package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.Optional;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * Where students live, with their sensitive data apart; a student code is unique, and so is a
 * personal identification number.
 */
public interface StudentRepository {

  Optional<Student> find(String studentCode);

  /** The student, locked until the transaction ends: every change of a student's file queues. */
  Optional<Student> lock(String studentCode);

  /**
   * @return false when the student code is registered already (a concurrent registration)
   */
  boolean insert(Student student);

  /** Stores the identity, the school holding the file and the new revision. */
  void update(Student student);

  /** The code of the student who has this personal identification number, if any. */
  Optional<String> withPersonalId(String personalId);

  /** The student's sensitive data; {@link SensitiveData#none} when nothing was recorded. */
  SensitiveData sensitiveData(String studentCode);

  /** Inserts or replaces the sensitive data. */
  void save(SensitiveData data);
}
