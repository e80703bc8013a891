package vn.edu.platform.studentrecord.student.application.port.in;

import vn.edu.platform.studentrecord.student.domain.SchoolClass;

/** A school's classes of a school year. Audited. */
public interface ManageClassesUseCase {

  /** Opens a class; the same school, year and name twice answers 409 {@code class-exists}. */
  SchoolClass create(Requester requester, StudentCommands.CreateClass command);

  /** Hands a class to another homeroom teacher (If-Match). */
  SchoolClass changeHomeroomTeacher(
      Requester requester, StudentCommands.ChangeHomeroomTeacher command);
}
