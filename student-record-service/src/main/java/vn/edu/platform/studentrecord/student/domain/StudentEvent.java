package vn.edu.platform.studentrecord.student.domain;

import java.util.List;

/**
 * What happened to the province's students, as the aggregates raise it. The application turns each
 * event into its audit entry and, for enrolments and transfers, its public event.
 */
public sealed interface StudentEvent {

  /** A school registered a student. */
  record StudentRegistered(Student student) implements StudentEvent {}

  /** The school corrected a student's identity; {@code fields} names what changed. */
  record IdentityCorrected(Student student, List<String> fields) implements StudentEvent {
    public IdentityCorrected {
      fields = List.copyOf(fields);
    }
  }

  /** The school recorded a student's sensitive data. */
  record SensitiveDataRecorded(SensitiveData data, String schoolCode) implements StudentEvent {}

  /** A school opened a class for a school year. */
  record ClassCreated(SchoolClass schoolClass) implements StudentEvent {}

  /** A class got another homeroom teacher. */
  record HomeroomTeacherChanged(SchoolClass schoolClass) implements StudentEvent {}

  /** A student was enrolled in {@code schoolClass} (maybe ending another enrolment). */
  record StudentEnrolled(Enrolling.Enrolled enrolled, SchoolClass schoolClass)
      implements StudentEvent {}

  /** A student was transferred from the school holding the file. */
  record StudentTransferred(Transfer.Transferred transferred) implements StudentEvent {}

  /** The school recorded a guardian of a student. */
  record GuardianAdded(Guardian guardian, String schoolCode) implements StudentEvent {}

  /** The school changed a guardian; {@code fields} names what changed. */
  record GuardianChanged(Guardian guardian, String schoolCode, List<String> fields)
      implements StudentEvent {
    public GuardianChanged {
      fields = List.copyOf(fields);
    }
  }

  /** The school removed the link of a guardian to the citizen account {@code formerLogin}. */
  record GuardianAccountUnlinked(Guardian guardian, String schoolCode, String formerLogin)
      implements StudentEvent {}
}
