package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import java.util.UUID;
import vn.edu.platform.studentrecord.student.domain.Guardian;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * Reading students and classes within what the requester may see: a student or a class of another
 * school is not found (404), so codes and ids cannot be probed. Every read of a student's personal
 * data by someone outside the school holding the file is written to the audit trail.
 */
public interface ReadStudentsQuery {

  Student student(Requester requester, String studentCode);

  /** A page of students, in class-list order (given name, then full name). */
  Slice<StudentSummary> search(Requester requester, StudentFilter filter, int offset, int limit);

  StudentHistory history(Requester requester, String studentCode);

  SensitiveData sensitiveData(Requester requester, String studentCode);

  List<Guardian> guardians(Requester requester, String studentCode);

  SchoolClass schoolClass(Requester requester, UUID classId);

  /** The school's classes of the year, by grade and name. */
  List<SchoolClass> classes(Requester requester, String schoolCode, String schoolYear);
}
