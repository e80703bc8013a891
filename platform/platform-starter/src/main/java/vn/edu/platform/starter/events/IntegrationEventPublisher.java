package vn.edu.platform.starter.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;

/**
 * Publishes an integration event through the outbox.
 *
 * <p>The event is handed to Spring Modulith's event publication registry, which writes it to {@code
 * platform.event_publication} in the <em>current business transaction</em>; after commit it is sent
 * to Kafka and the publication is marked complete once the broker acknowledged it. Publications
 * left incomplete by a crash are sent again on restart, so an event is never lost; a consumer may
 * see it twice and deduplicates with the {@link Inbox}. Calling this outside a transaction is a bug
 * (the event could be lost or sent for a change that rolled back), so it fails fast.
 */
public class IntegrationEventPublisher {

  private final ApplicationEventPublisher publisher;

  public IntegrationEventPublisher(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  public void publish(IntegrationEvent event) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "Integration events must be published inside the business transaction (outbox)");
    }
    if (event.getClass().getAnnotation(EventType.class) == null) {
      throw new IllegalArgumentException(
          event.getClass().getName() + " lacks @EventType: it has no topic or type");
    }
    publisher.publishEvent(event);
  }
}
