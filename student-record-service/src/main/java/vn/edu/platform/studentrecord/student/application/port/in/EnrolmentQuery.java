package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrolments the records are kept along, for the record feature. It answers without access
 * checks (the record feature decides who reads a record, from the enrolment's school).
 */
public interface EnrolmentQuery {

  /**
   * The enrolment that owns the student's record of that year: the latest of the year (after a
   * transfer, the receiving school's).
   */
  Optional<EnrolmentView> enrolment(String studentCode, String schoolYear);

  /**
   * The student's current enrolment: the open one of the latest school year (by first day), if any;
   * none while a transfer waits for the receiving school, or after the student left.
   */
  Optional<EnrolmentView> currentEnrolment(String studentCode);

  /** The class's open enrolments, in the order of a class list (given name, then full name). */
  List<EnrolmentView> enrolmentsOfClass(UUID classId);

  /**
   * The enrolments that own a record of the school for the year: for each student, the latest
   * enrolment of the year when it is at this school; by class name, then in class-list order.
   */
  List<EnrolmentView> enrolmentsOfSchool(String schoolCode, String schoolYear);

  Optional<ClassView> schoolClass(UUID classId);
}
