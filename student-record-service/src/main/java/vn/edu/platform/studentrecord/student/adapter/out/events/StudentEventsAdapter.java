package vn.edu.platform.studentrecord.student.adapter.out.events;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.studentrecord.StudentEnrolled;
import vn.edu.platform.events.studentrecord.StudentTransferred;
import vn.edu.platform.starter.events.IntegrationEventPublisher;
import vn.edu.platform.studentrecord.student.application.port.out.StudentEventPublisher;
import vn.edu.platform.studentrecord.student.domain.Enrolling;
import vn.edu.platform.studentrecord.student.domain.StudentEvent;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * Turns enrolments and transfers into the public events of {@code platform-events} ({@code
 * StudentEnrolled}, {@code StudentTransferred}), written to the outbox in the business transaction.
 * Everything else stays inside the service: identities, sensitive data, classes and guardians are
 * never published, and of a transfer neither the reason nor a destination outside the province.
 */
@Component
class StudentEventsAdapter implements StudentEventPublisher {

  private final IntegrationEventPublisher events;
  private final Clock clock;

  StudentEventsAdapter(IntegrationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void publish(StudentEvent event) {
    switch (event) {
      case StudentEvent.StudentEnrolled e -> {
        Enrolling.Enrolled enrolled = e.enrolled();
        var enrolment = enrolled.enrolment();
        events.publish(
            new StudentEnrolled(
                UUID.randomUUID(),
                clock.instant(),
                enrolment.studentCode(),
                enrolment.id(),
                enrolment.schoolCode(),
                enrolment.schoolYear().toString(),
                enrolment.grade(),
                enrolment.classId(),
                e.schoolClass().name(),
                enrolment.startsOn(),
                enrolled.ended() == null ? null : enrolled.ended().id(),
                enrolled.ended() == null ? null : enrolled.ended().endsOn(),
                enrolment.transferId()));
      }
      case StudentEvent.StudentTransferred e -> {
        Transfer t = e.transferred().transfer();
        events.publish(
            new StudentTransferred(
                UUID.randomUUID(),
                clock.instant(),
                t.studentCode(),
                t.id(),
                t.fromSchoolCode(),
                t.toSchoolCode(),
                t.toSchoolCode() == null,
                t.endedEnrolmentId(),
                t.schoolYear().toString(),
                t.grade(),
                t.className(),
                t.lastDay()));
      }
      case StudentEvent.StudentRegistered e -> {}
      case StudentEvent.IdentityCorrected e -> {}
      case StudentEvent.SensitiveDataRecorded e -> {}
      case StudentEvent.ClassCreated e -> {}
      case StudentEvent.HomeroomTeacherChanged e -> {}
      case StudentEvent.GuardianAdded e -> {}
      case StudentEvent.GuardianChanged e -> {}
      case StudentEvent.GuardianAccountUnlinked e -> {}
    }
  }
}
