package vn.edu.platform.studentrecord.student.application.port.in;

import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;

/** Registering students and keeping their identity and sensitive data. All audited. */
public interface ManageStudentsUseCase {

  /**
   * Registers a student with the caller's school. A student code registered already answers 409
   * {@code student-exists}, a personal identification number another student has 409 {@code
   * personal-id-taken}.
   */
  Student register(Requester requester, StudentCommands.RegisterStudent command);

  /** Corrects the identity of a student whose file the caller's school holds (If-Match). */
  Student correctIdentity(Requester requester, StudentCommands.CorrectIdentity command);

  /** Records a student's sensitive data (If-Match on its own revision, 0 before any). */
  SensitiveData setSensitiveData(Requester requester, StudentCommands.SetSensitiveData command);
}
