package vn.edu.platform.starter.events;

import java.time.Clock;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import vn.edu.platform.events.Topics;
import vn.edu.platform.starter.events.outbox.OutboxBacklog;
import vn.edu.platform.starter.events.outbox.OutboxProperties;
import vn.edu.platform.starter.events.outbox.OutboxPurge;

/**
 * Outbox, inbox and dead letters.
 *
 * <ul>
 *   <li>Outbox: Spring Modulith's JDBC event publication registry + Kafka externalization ({@link
 *       CloudEventsExternalization}); publish with {@link IntegrationEventPublisher}.
 *   <li>Inbox: {@link Inbox} deduplicates on the CloudEvents id.
 *   <li>Dead letters: a listener failure is retried 3 times, 1 s apart, then the record goes to
 *       {@code <topic>.dlt} with the failure in headers and the partition moves on. Retries happen
 *       in place, so the partition waits at most ~3 s for one poison record; a longer back-off
 *       would need retry topics (ADR 0002).
 *   <li>Outbox housekeeping: completed publications are purged after {@code
 *       platform.events.outbox.completed-retention} ({@link OutboxPurge}); the backlog is exposed
 *       as the gauges {@code platform.outbox.incomplete} and {@code platform.outbox.oldest.age}
 *       ({@link OutboxBacklog}).
 * </ul>
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration"
    })
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class EventsAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EventsAutoConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  EventExternalizationConfiguration eventExternalizationConfiguration() {
    return CloudEventsExternalization.configuration();
  }

  /**
   * The thread of the outbox relay. Spring Modulith's externalizer is an asynchronous listener
   * ({@code @ApplicationModuleListener}) and {@code @Async} takes the context's executor: Boot's
   * pool of 8 threads, or, in a service that declares an executor of its own (Boot's pool then
   * backs off), that one, perhaps a thread per task. Either way two events of one key committed one
   * after the other (a transfer, then the enrolment at the new school) could reach Kafka in the
   * other order. One thread sends them in commit order and the idempotent producer keeps that order
   * in the partition, which is what {@link CloudEventsExternalization}'s key promises consumers.
   * Registered before Boot's task execution so that its own {@code AsyncConfigurer} backs off; the
   * thread is not an {@code Executor} bean, so Boot's {@code applicationTaskExecutor} stays for
   * everything else.
   */
  @Bean
  @ConditionalOnMissingBean(AsyncConfigurer.class)
  OutboxRelayThread outboxRelayThread() {
    return new OutboxRelayThread();
  }

  @Bean
  @ConditionalOnMissingBean
  IntegrationEventPublisher integrationEventPublisher(ApplicationEventPublisher publisher) {
    return new IntegrationEventPublisher(publisher);
  }

  @Bean
  @ConditionalOnMissingBean
  Inbox inbox(JdbcClient jdbc, TransactionTemplate transactions) {
    return new Inbox(jdbc, transactions);
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxPurge outboxPurge(CompletedEventPublications completed, OutboxProperties properties) {
    return new OutboxPurge(completed, properties);
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxBacklog outboxBacklog(
      JdbcClient jdbc, ObjectProvider<Clock> clock, OutboxProperties properties) {
    return new OutboxBacklog(
        jdbc, clock.getIfAvailable(Clock::systemUTC), properties.backlogRefresh());
  }

  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> template) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template,
            (record, failure) -> {
              log.warn(
                  "Record sent to dead-letter topic: topic={} partition={} offset={} failure={}",
                  record.topic(),
                  record.partition(),
                  record.offset(),
                  failure.getClass().getName());
              return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
            });
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000L, 3));
    // Records that can never succeed skip the retries.
    handler.addNotRetryableExceptions(
        Inbox.MissingEnvelopeException.class,
        tools.jackson.core.JacksonException.class,
        IllegalArgumentException.class);
    return handler;
  }
}
