package vn.edu.platform.starter.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoints on a Kafka topic: outside the service's database, so a database superuser who
 * truncates the audit table cannot remove or rewrite them (removing records from the topic needs
 * the cluster's administrators). The topic has one partition and no retention limit; the record key
 * is the service, the value the checkpoint as JSON. Written directly and synchronously (not through
 * the outbox, whose rows live in the very database the checkpoint guards against); a failed write
 * is retried at the next interval.
 *
 * <p>Reading scans the topic from the start: at one checkpoint per service every 15 minutes that is
 * about 35,000 small records per service and year, read in a second or two by a verification that
 * the department runs by hand.
 */
public class KafkaAuditCheckpointStore implements AuditCheckpointStore, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KafkaAuditCheckpointStore.class);

  private final Map<String, Object> consumerConfig;
  private final DefaultKafkaProducerFactory<String, byte[]> producers;
  private final KafkaTemplate<String, byte[]> template;
  private final KafkaAdmin admin;
  private final String topic;
  private final Duration timeout;
  private final JsonMapper json = JsonMapper.builder().build();
  private final AtomicBoolean topicEnsured = new AtomicBoolean();

  /**
   * @param producerConfig the service's producer settings (brokers, security); serialisers are this
   *     store's own
   * @param consumerConfig the service's consumer settings; the store assigns partitions itself and
   *     never commits offsets
   * @param admin creates the topic on first use when the cluster lets the service do so, or null
   */
  public KafkaAuditCheckpointStore(
      Map<String, Object> producerConfig,
      Map<String, Object> consumerConfig,
      KafkaAdmin admin,
      String topic,
      Duration timeout) {
    this.consumerConfig = new HashMap<>(consumerConfig);
    this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.producers =
        new DefaultKafkaProducerFactory<>(
            producerConfig, new StringSerializer(), new ByteArraySerializer());
    this.template = new KafkaTemplate<>(producers);
    this.admin = admin;
    this.topic = topic;
    this.timeout = timeout;
  }

  @Override
  public void append(AuditCheckpoint checkpoint) {
    ensureTopic();
    try {
      template
          .send(
              new ProducerRecord<>(topic, checkpoint.service(), json.writeValueAsBytes(checkpoint)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing an audit checkpoint", ex);
    } catch (ExecutionException | TimeoutException ex) {
      throw new IllegalStateException("Writing an audit checkpoint to " + topic + " failed", ex);
    }
  }

  @Override
  public List<AuditCheckpoint> findAll(String service) {
    Instant deadline = Instant.now().plus(timeout);
    try (Consumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        return List.of();
      }
      List<TopicPartition> partitions =
          infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      List<AuditCheckpoint> found = new ArrayList<>();
      while (!reached(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "Reading the audit checkpoints of " + topic + " timed out");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (service.equals(record.key())) {
            parse(record).ifPresent(found::add);
          }
        }
      }
      return found;
    }
  }

  private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private java.util.Optional<AuditCheckpoint> parse(ConsumerRecord<String, byte[]> record) {
    try {
      return java.util.Optional.of(json.readValue(record.value(), AuditCheckpoint.class));
    } catch (JacksonException ex) {
      // Not a checkpoint at all: someone wrote to the topic who should not have.
      log.warn(
          "Unreadable record on {} at offset {} ignored: {}",
          topic,
          record.offset(),
          ex.toString());
      return java.util.Optional.empty();
    }
  }

  private void ensureTopic() {
    if (admin == null || topicEnsured.get()) {
      return;
    }
    try {
      admin.createOrModifyTopics(
          TopicBuilder.name(topic)
              .partitions(1)
              .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
              .build());
      topicEnsured.set(true);
    } catch (RuntimeException ex) {
      // In the department's cluster the topic is provisioned with the service; no admin rights.
      log.warn("Could not create {} (it must exist): {}", topic, ex.toString());
      topicEnsured.set(true);
    }
  }

  @Override
  public void destroy() {
    producers.destroy();
  }
}
