package vn.edu.platform.studentrecord.student.application.port.in;

import vn.edu.platform.studentrecord.student.domain.Transfer;

/** Enrolments in classes and transfers between schools; announced and audited. */
public interface ManageEnrolmentsUseCase {

  /**
   * Enrols a student in a class of the school holding the file (ending the open enrolment of the
   * year in another class of the school; taking up a pending transfer), announces {@code
   * StudentEnrolled}.
   */
  StudentHistory.EnrolmentEntry enrol(Requester requester, StudentCommands.Enrol command);

  /**
   * Ends the student's current enrolment by a transfer, announces {@code StudentTransferred}; 409
   * {@code no-current-enrolment} when the student has no open enrolment at the school.
   */
  Transfer transfer(Requester requester, StudentCommands.Transfer command);
}
