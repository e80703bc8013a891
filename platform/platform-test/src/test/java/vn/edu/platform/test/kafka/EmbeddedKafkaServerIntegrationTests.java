package vn.edu.platform.test.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaServerIntegrationTests {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final EmbeddedKafkaServer kafka = EmbeddedKafkaServer.get();

  @Test
  void startsOneBrokerPerJvm() {
    assertThat(EmbeddedKafkaServer.get()).isSameAs(kafka);
    assertThat(kafka.bootstrapServers()).isNotBlank();
  }

  @Test
  void roundTripsARecordThroughTheBroker() throws Exception {
    String topic = uniqueTopic();

    send(topic, "plan-1", "{\"type\":\"PlanApproved\"}");
    List<ConsumerRecord<String, String>> records = kafka.poll(topic, 1, TIMEOUT);

    assertThat(records).hasSize(1);
    assertThat(records.getFirst().key()).isEqualTo("plan-1");
    assertThat(records.getFirst().value()).isEqualTo("{\"type\":\"PlanApproved\"}");
  }

  @Test
  void autoCreatesTopicsWithThreePartitions() throws Exception {
    String topic = uniqueTopic();
    send(topic, "k", "v");

    Map<String, TopicDescription> topics;
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      topics = admin.describeTopics(List.of(topic)).allTopicNames().get();
    }

    assertThat(topics.get(topic).partitions()).hasSize(EmbeddedKafkaServer.DEFAULT_PARTITIONS);
  }

  @Test
  void everyConsumerReadsFromTheBeginningInItsOwnGroup() throws Exception {
    String topic = uniqueTopic();
    send(topic, "a", "first");
    send(topic, "a", "second");

    assertThat(values(kafka.poll(topic, 2, TIMEOUT))).containsExactly("first", "second");
    // a second reader is not starved by the first: each has a consumer group of its own
    try (Consumer<String, byte[]> consumer = kafka.consumer(topic)) {
      List<String> read = new ArrayList<>();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (read.size() < 2 && System.nanoTime() < deadline) {
        consumer
            .poll(Duration.ofMillis(100))
            .forEach(r -> read.add(new String(r.value(), StandardCharsets.UTF_8)));
      }
      assertThat(read).containsExactly("first", "second");
    }
  }

  @Test
  void pollFailsWhenTooFewRecordsArriveInTime() throws Exception {
    String topic = uniqueTopic();
    send(topic, "only", "one");

    assertThatThrownBy(() -> kafka.poll(topic, 2, Duration.ofSeconds(3)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected at least 2 records on topic '" + topic + "'")
        .hasMessageContaining("got 1");
  }

  private void send(String topic, String key, String value) throws Exception {
    try (Producer<String, String> producer = kafka.producer()) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  private static List<String> values(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::value).toList();
  }

  private static String uniqueTopic() {
    return "platform-test." + UUID.randomUUID();
  }
}
