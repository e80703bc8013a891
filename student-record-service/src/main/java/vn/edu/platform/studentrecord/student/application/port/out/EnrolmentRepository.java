package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.List;
import java.util.Optional;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/** Where enrolments and transfers live; one open enrolment per student and school year. */
public interface EnrolmentRepository {

  /** The student's open enrolment of the year, if any. */
  Optional<Enrolment> openOf(String studentCode, SchoolYear year);

  /** The student's open enrolment of the latest school year at the school, if any. */
  Optional<Enrolment> currentAt(String studentCode, String schoolCode);

  /** Every enrolment of the student, oldest first. */
  List<Enrolment> of(String studentCode);

  /**
   * @return false when the student has an open enrolment of the year already (a concurrent one)
   */
  boolean insert(Enrolment enrolment);

  /** Stores an ending and the new revision. */
  void update(Enrolment enrolment);

  /** The transfer to the school holding the student's file waiting to be taken up, if any. */
  Optional<Transfer> pendingTransfer(String studentCode);

  /** Every transfer of the student, oldest first. */
  List<Transfer> transfers(String studentCode);

  void insert(Transfer transfer);

  /** Stores the status, the enrolment that took it up and the new revision. */
  void update(Transfer transfer);
}
