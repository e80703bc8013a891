package vn.edu.platform.studentrecord.extract.adapter.out.events;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.studentrecord.ExtractIssued;
import vn.edu.platform.events.studentrecord.IssueChannel;
import vn.edu.platform.starter.events.IntegrationEventPublisher;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractEventPublisher;
import vn.edu.platform.studentrecord.extract.domain.Extract;

/**
 * An extract as platform-events' {@link ExtractIssued}, through the outbox: which record version
 * under which number; the purpose and the issuer stay in the log.
 */
@Component
class ExtractEventsToOutbox implements ExtractEventPublisher {

  private final IntegrationEventPublisher outbox;

  ExtractEventsToOutbox(IntegrationEventPublisher outbox) {
    this.outbox = outbox;
  }

  @Override
  public void issued(Extract extract) {
    outbox.publish(of(extract));
  }

  static ExtractIssued of(Extract e) {
    return new ExtractIssued(
        UUID.randomUUID(),
        e.issuedAt(),
        e.recordId(),
        e.recordVersion(),
        e.studentCode(),
        e.schoolYear(),
        e.schoolCode(),
        e.grade(),
        e.number().value(),
        IssueChannel.API);
  }
}
