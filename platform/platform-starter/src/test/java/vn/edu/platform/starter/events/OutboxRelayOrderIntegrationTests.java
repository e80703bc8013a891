package vn.edu.platform.starter.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.starter.testapp.notes.NoteCreated;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;

/**
 * One key's events, committed one transaction after the other, reach Kafka in commit order: the
 * relay's asynchronous sends run on one thread, not on whatever executor the service declares.
 */
class OutboxRelayOrderIntegrationTests extends StarterIntegrationTest {

  private static final int EVENTS = 60;

  @Autowired IntegrationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;

  @Test
  void sendsOneKeysEventsInCommitOrder() {
    UUID noteId = UUID.randomUUID();
    List<String> committed = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      UUID eventId = UUID.randomUUID();
      transactions.executeWithoutResult(
          status -> publisher.publish(new NoteCreated(eventId, Instant.now(), noteId, "S311002")));
      committed.add(eventId.toString());
    }

    List<String> received =
        EmbeddedKafkaServer.get()
            .pollUntil(
                NoteCreated.TOPIC,
                records -> records.stream().filter(r -> isOf(r, noteId)).count() >= EVENTS,
                Duration.ofSeconds(60))
            .stream()
            .filter(r -> isOf(r, noteId))
            .map(
                r -> r.value().substring(r.value().indexOf("\"eventId\":\"") + 11).substring(0, 36))
            .toList();

    assertThat(received).containsExactlyElementsOf(committed);
  }

  @Test
  void theContextsAsyncExecutorIsTheRelaysSingleThread() throws Exception {
    // Boot wraps the configurer; what counts is where @Async work runs
    java.util.concurrent.Executor executor =
        context.getBean(AsyncConfigurer.class).getAsyncExecutor();
    java.util.concurrent.CompletableFuture<String> thread =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> Thread.currentThread().getName(), executor);
    assertThat(thread.get(10, java.util.concurrent.TimeUnit.SECONDS)).startsWith("outbox-relay-");
  }

  private static boolean isOf(ConsumerRecord<String, String> record, UUID noteId) {
    return noteId.toString().equals(record.key());
  }
}
