package vn.edu.platform.studentrecord.student.application;

import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.studentrecord.student.application.port.out.StudentEventPublisher;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Enrolling;
import vn.edu.platform.studentrecord.student.domain.StudentEvent;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * The one place where the feature's events become what they stand for: an audit entry (who changed
 * which student, class or guardian of which school, why) and, through the outbox, a public event.
 * Called after the change is stored, in its transaction. Audit purposes name students by code and
 * classes by name, never a person's name, birth date or personal identification number.
 */
@Component
class StudentChanges {

  // Subject types of the audit trail: the trail is read by type, so these names stay stable.
  static final String STUDENT = "student";
  static final String SENSITIVE = "student-sensitive-data";
  static final String CLASS = "school-class";
  static final String GUARDIAN = "student-guardian";

  private final AuditLog audit;
  private final StudentEventPublisher events;

  StudentChanges(AuditLog audit, StudentEventPublisher events) {
    this.audit = audit;
    this.events = events;
  }

  /** The events of a stored transition; returns its state. */
  <T> T record(Changes<T> changes) {
    return record(changes, "");
  }

  /** As {@link #record(Changes)}, {@code context} appended to every audit purpose. */
  <T> T record(Changes<T> changes, String context) {
    for (StudentEvent event : changes.events()) {
      audit(event, context);
      events.publish(event);
    }
    return changes.state();
  }

  private void audit(StudentEvent event, String context) {
    switch (event) {
      case StudentEvent.StudentRegistered e ->
          audit.created(
              STUDENT,
              e.student().studentCode(),
              e.student().schoolCode(),
              "register student" + context);
      case StudentEvent.IdentityCorrected e ->
          audit.updated(
              STUDENT,
              e.student().studentCode(),
              e.student().schoolCode(),
              "correct identity: " + String.join(", ", e.fields()) + context);
      case StudentEvent.SensitiveDataRecorded e ->
          audit.updated(
              SENSITIVE, e.data().studentCode(), e.schoolCode(), "record sensitive data" + context);
      case StudentEvent.ClassCreated e ->
          audit.created(
              CLASS,
              e.schoolClass().id().toString(),
              e.schoolClass().schoolCode(),
              "create class "
                  + e.schoolClass().name()
                  + " of grade "
                  + e.schoolClass().grade()
                  + " for "
                  + e.schoolClass().schoolYear()
                  + context);
      case StudentEvent.HomeroomTeacherChanged e ->
          audit.updated(
              CLASS,
              e.schoolClass().id().toString(),
              e.schoolClass().schoolCode(),
              "change the homeroom teacher" + context);
      case StudentEvent.StudentEnrolled e ->
          audit.updated(
              STUDENT, studentOf(e), e.schoolClass().schoolCode(), enrolment(e) + context);
      case StudentEvent.StudentTransferred e -> {
        Transfer t = e.transferred().transfer();
        audit.updated(
            STUDENT,
            t.studentCode(),
            t.fromSchoolCode(),
            (t.toSchoolCode() == null
                    ? "transfer out of the province"
                    : "transfer to " + t.toSchoolCode())
                + " after "
                + t.lastDay()
                + " (transfer "
                + t.id()
                + ")"
                + context);
      }
      case StudentEvent.GuardianAdded e ->
          audit.created(
              GUARDIAN,
              e.guardian().id().toString(),
              e.schoolCode(),
              "add a guardian of student " + e.guardian().studentCode() + context);
      case StudentEvent.GuardianChanged e ->
          audit.updated(
              GUARDIAN,
              e.guardian().id().toString(),
              e.schoolCode(),
              "change "
                  + String.join(", ", e.fields())
                  + " of a guardian of student "
                  + e.guardian().studentCode()
                  + context);
      case StudentEvent.GuardianAccountUnlinked e ->
          audit.updated(
              GUARDIAN,
              e.guardian().id().toString(),
              e.schoolCode(),
              "unlink the citizen account of a guardian of student "
                  + e.guardian().studentCode()
                  + context);
    }
  }

  private static String studentOf(StudentEvent.StudentEnrolled e) {
    return e.enrolled().enrolment().studentCode();
  }

  private static String enrolment(StudentEvent.StudentEnrolled e) {
    Enrolling.Enrolled enrolled = e.enrolled();
    StringBuilder purpose =
        new StringBuilder("enrol in class ")
            .append(e.schoolClass().name())
            .append(" of ")
            .append(e.schoolClass().schoolYear())
            .append(" from ")
            .append(enrolled.enrolment().startsOn())
            .append(" (enrolment ")
            .append(enrolled.enrolment().id())
            .append(')');
    if (enrolled.ended() != null) {
      purpose.append(", ending enrolment ").append(enrolled.ended().id());
    }
    if (enrolled.takenUp() != null) {
      purpose.append(", taking up transfer ").append(enrolled.takenUp().id());
    }
    return purpose.toString();
  }
}
