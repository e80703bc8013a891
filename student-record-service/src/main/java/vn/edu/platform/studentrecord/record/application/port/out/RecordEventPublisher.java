package vn.edu.platform.studentrecord.record.application.port.out;

import vn.edu.platform.studentrecord.record.domain.RecordEvent;

/** Hands a record's events to the outbox as public integration events, in the transaction. */
public interface RecordEventPublisher {

  void publish(RecordEvent event);
}
