package vn.edu.platform.studentrecord.student.application.port.out;

import vn.edu.platform.studentrecord.student.domain.StudentEvent;

/**
 * Announces students' enrolments and transfers through the outbox (in the transaction). The adapter
 * decides which events are public: enrolments and transfers, never identities.
 */
public interface StudentEventPublisher {

  void publish(StudentEvent event);
}
