package vn.edu.platform.starter.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.events.CloudEventHeaders;

/**
 * Idempotent consumption: remembers which events a consumer has handled, in the same transaction as
 * the handling, so a redelivered event (Kafka delivers at least once; the outbox may send twice
 * after a crash) has its effect exactly once.
 */
public class Inbox {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public Inbox(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * Runs {@code effect} and records the event in one transaction, unless the consumer already
   * handled this event id. Returns whether the effect ran.
   */
  public boolean processOnce(String consumer, String eventId, String eventType, Runnable effect) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              int inserted =
                  jdbc.sql(
                          """
                          INSERT INTO platform.inbox_event (consumer, event_id, event_type)
                          VALUES (:consumer, :id, :type) ON CONFLICT DO NOTHING
                          """)
                      .param("consumer", consumer)
                      .param("id", eventId)
                      .param("type", eventType)
                      .update();
              if (inserted == 0) {
                return false;
              }
              effect.run();
              return true;
            }));
  }

  /** {@link #processOnce} with the id and type read from the record's CloudEvents headers. */
  public boolean processOnce(String consumer, ConsumerRecord<?, ?> record, Runnable effect) {
    String id = header(record, CloudEventHeaders.ID);
    if (id == null) {
      throw new MissingEnvelopeException(record.topic(), record.partition(), record.offset());
    }
    String type = header(record, CloudEventHeaders.TYPE);
    return processOnce(consumer, id, type == null ? "unknown" : type, effect);
  }

  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** A record without the envelope cannot be deduplicated: it goes to the dead-letter topic. */
  public static final class MissingEnvelopeException extends RuntimeException {
    MissingEnvelopeException(String topic, int partition, long offset) {
      super(
          "Record without "
              + CloudEventHeaders.ID
              + " at "
              + topic
              + "-"
              + partition
              + "@"
              + offset);
    }
  }
}
