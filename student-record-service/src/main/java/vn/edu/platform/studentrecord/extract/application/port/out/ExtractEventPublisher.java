package vn.edu.platform.studentrecord.extract.application.port.out;

import vn.edu.platform.studentrecord.extract.domain.Extract;

/** Tells the other services an extract was issued, through the outbox, in the same transaction. */
public interface ExtractEventPublisher {

  void issued(Extract extract);
}
