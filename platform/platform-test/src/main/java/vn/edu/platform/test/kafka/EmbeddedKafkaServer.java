package vn.edu.platform.test.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.kafka.KafkaBroker;

/**
 * The one real Kafka broker (KRaft, no ZooKeeper) of this test JVM.
 *
 * <p>Started on first use and stopped when the test session ends (see {@code
 * PlatformTestSessionListener}), with a shutdown hook as fallback. It is platform-runtime's {@link
 * KafkaBroker}, the broker the local launcher runs too: a child JVM on a temporary directory, which
 * watches this JVM and stops with it even when Surefire kills it. Its output goes to {@code
 * target/kafka-broker.log} of the module under test. Topics are created on first use with three
 * partitions, like the platform's topics, so tests see partitioning and per-key ordering as in
 * production. Tests isolate themselves with their own topic names or by reading from the beginning
 * with a fresh consumer group, never by restarting the broker.
 */
public final class EmbeddedKafkaServer {

  /** Partitions of an auto-created topic; three, as on the platform's real topics. */
  public static final int DEFAULT_PARTITIONS = KafkaBroker.DEFAULT_PARTITIONS;

  /** A child JVM on a machine shared by parallel builds can take a while to come up. */
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  private static @Nullable EmbeddedKafkaServer instance;

  private final KafkaBroker broker;

  private EmbeddedKafkaServer(KafkaBroker broker) {
    this.broker = broker;
  }

  /**
   * Stops the broker if it was started. Called when the test session ends, after the Spring
   * contexts that use it were closed (see {@code PlatformTestSessionListener}), so that no consumer
   * waits for a broker that is already gone; the shutdown hook remains as a fallback.
   */
  public static synchronized void stopIfStarted() {
    if (instance != null) {
      instance.broker.close();
      instance = null;
    }
  }

  /** Returns the JVM's broker, starting it on the first call. Safe to call from any thread. */
  public static synchronized EmbeddedKafkaServer get() {
    if (instance == null) {
      Path target = Path.of("target");
      KafkaBroker broker =
          KafkaBroker.builder()
              .logFile(
                  (Files.isDirectory(target)
                          ? target
                          : Path.of(System.getProperty("java.io.tmpdir")))
                      .resolve("kafka-broker.log"))
              // a test broker holds little; a small heap and quick JIT start it sooner
              .jvmOption("-Xmx256m")
              .jvmOption("-XX:TieredStopAtLevel=1")
              .brokerProperty("offsets.topic.num.partitions", "5")
              .exitWithParent()
              .start(STARTUP_TIMEOUT);
      instance = new EmbeddedKafkaServer(broker);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(EmbeddedKafkaServer::stopIfStarted, "embedded-kafka-shutdown"));
    }
    return instance;
  }

  /** The {@code host:port} list to give a client as {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /**
   * A consumer subscribed to {@code topic} that reads it from the beginning, in a consumer group of
   * its own so it never steals records from the application under test. Close it after use.
   */
  public Consumer<String, byte[]> consumer(String topic) {
    return consumer(topic, new ByteArrayDeserializer());
  }

  /** Like {@link #consumer(String)} with a value deserializer of your choice. */
  public <V> Consumer<String, V> consumer(String topic, Deserializer<V> valueDeserializer) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "platform-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), valueDeserializer);
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /** A producer with string keys and values, for feeding a consumer under test. Close it. */
  public Producer<String, String> producer() {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /**
   * Reads {@code topic} from the beginning until at least {@code expectedCount} records arrived or
   * the timeout passed, and returns what it read (keys and values as UTF-8 strings).
   *
   * @throws AssertionError if fewer than {@code expectedCount} records arrived in time
   */
  public List<ConsumerRecord<String, String>> poll(
      String topic, int expectedCount, Duration timeout) {
    List<ConsumerRecord<String, String>> records =
        pollUntil(topic, received -> received.size() >= expectedCount, timeout);
    if (records.size() < expectedCount) {
      throw new AssertionError(
          "Expected at least %d records on topic '%s' within %s but got %d: %s"
              .formatted(expectedCount, topic, timeout, records.size(), records));
    }
    return records;
  }

  /**
   * Reads {@code topic} from the beginning until {@code done} holds for the records read so far or
   * the timeout passed; returns the records either way, so the caller asserts on them.
   */
  public List<ConsumerRecord<String, String>> pollUntil(
      String topic, Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    try (Consumer<String, String> consumer = consumer(topic, new StringDeserializer())) {
      // poll() itself blocks until records arrive or the interval ends: no sleeping needed
      while (!done.test(received) && Instant.now().isBefore(deadline)) {
        consumer.poll(POLL_INTERVAL).forEach(received::add);
      }
    }
    return List.copyOf(received);
  }

  /**
   * Whether consumer group {@code group} has committed an offset past {@code offset} on that
   * partition, i.e. the application under test has handled the record, whatever it did with it.
   */
  public boolean hasConsumed(String group, String topic, int partition, long offset) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      OffsetAndMetadata committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get()
              .get(new TopicPartition(topic, partition));
      return committed != null && committed.offset() > offset;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not read the offsets of group " + group, e);
    }
  }
}
