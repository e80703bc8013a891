package vn.edu.platform.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.runtime.process.Await;

class KafkaBrokerIntegrationTests {

  private static final Duration READY = Duration.ofSeconds(120);

  @TempDir Path dir;

  @Test
  void aPersistentBrokerFormatsItsStorageOnceAndKeepsTopicsAcrossRestarts() throws Exception {
    Path home = dir.resolve("kafka");
    try (KafkaBroker first = KafkaBroker.builder().dataDirectory(home).start(READY)) {
      assertThat(first.formatsStorage()).isTrue();
      try (Admin admin = admin(first)) {
        admin.createTopics(List.of(new NewTopic("kept-topic", 1, (short) 1))).all().get();
      }
    }
    assertThat(home.resolve("data/meta.properties")).exists();

    try (KafkaBroker second = KafkaBroker.builder().dataDirectory(home).start(READY);
        Admin admin = admin(second)) {
      assertThat(second.formatsStorage()).isFalse();
      assertThat(admin.listTopics().names().get()).contains("kept-topic");
    }
  }

  @Test
  void aThrowAwayBrokerAutoCreatesTopicsWithThreePartitionsAndDeletesItsData() throws Exception {
    KafkaBroker broker =
        KafkaBroker.builder().logFile(dir.resolve("kafka.log")).exitWithParent().start(READY);
    Path data = broker.dataDirectory();
    try (KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer());
        Admin admin = admin(broker)) {
      producer.send(new ProducerRecord<>("auto-created", "k", "v")).get();
      TopicDescription topic =
          admin.describeTopics(List.of("auto-created")).allTopicNames().get().get("auto-created");
      assertThat(topic.partitions()).hasSize(KafkaBroker.DEFAULT_PARTITIONS);
    } finally {
      broker.close();
    }
    assertThat(broker.process()).isEmpty();
    assertThat(Files.exists(data)).isFalse();
    assertThat(Files.readString(dir.resolve("kafka.log"))).contains("Formatting");
  }

  @Test
  void aBrokerThatWatchesItsParentStopsWhenThePipeCloses() throws Exception {
    KafkaBroker broker = KafkaBroker.builder().exitWithParent().start(READY);
    try {
      ProcessHandle process = broker.process().orElseThrow();
      // what the death of this JVM does to the pipe, done on purpose
      processStdin(broker).close();
      assertThat(Await.within(Duration.ofSeconds(60), () -> !process.isAlive())).isTrue();
    } finally {
      broker.close();
    }
  }

  private static java.io.OutputStream processStdin(KafkaBroker broker) {
    return broker.stdin().orElseThrow();
  }

  private static Admin admin(KafkaBroker broker) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }
}
