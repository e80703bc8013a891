package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A standalone Kafka broker in KRaft mode (broker and controller in one process), from the {@code
 * kafka_2.13} jars on the launcher's class path: the storage in {@code .local/kafka/data} is
 * formatted once, later starts reuse it. SIGTERM makes Kafka shut down in a controlled way.
 */
final class KafkaBroker {

  private KafkaBroker() {}

  static Part create(LocalSettings settings) {
    Path dir = settings.kafkaDir();
    Path config = dir.resolve("server.properties");
    Path data = dir.resolve("data");
    writeConfig(settings, config, data);
    if (!Files.isRegularFile(data.resolve("meta.properties"))) {
      format(settings, config);
    }
    List<String> command =
        List.of(
            LocalSettings.javaExecutable().toString(),
            "-Xms128m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-cp",
            settings.libDir() + "/*",
            "kafka.Kafka",
            config.toString());
    return new ChildProcessPart(
        "kafka",
        command,
        Map.of(),
        dir,
        settings.logFile("kafka"),
        () -> Ports.isListening(settings.kafkaPort()) && clusterAnswers(settings.kafkaBootstrap()),
        Duration.ofSeconds(30),
        settings.runDir());
  }

  private static void writeConfig(LocalSettings settings, Path config, Path data) {
    int port = settings.kafkaPort();
    int controllerPort = port + 1;
    String text =
        String.join(
            "\n",
            "# written by the local platform launcher at every start",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
            "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
            "advertised.listeners=PLAINTEXT://localhost:" + port,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + data,
            "num.partitions=3",
            "auto.create.topics.enable=true",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "log.retention.hours=168",
            "");
    try {
      Files.createDirectories(data);
      Files.writeString(config, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code kafka-storage format --standalone}: once, on a new data directory. */
  private static void format(LocalSettings settings, Path config) {
    Path log = settings.logFile("kafka-format");
    List<String> command =
        List.of(
            LocalSettings.javaExecutable().toString(),
            "-Xmx256m",
            "-cp",
            settings.libDir() + "/*",
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            Uuid.randomUuid().toString(),
            "--config",
            config.toString(),
            "--standalone");
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new Part.PartFailedException("Formatting Kafka storage timed out; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new Part.PartFailedException(
            "Formatting Kafka storage failed (status " + process.exitValue() + "); see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An AdminClient's describeCluster answers with at least one broker. */
  static boolean clusterAnswers(String bootstrap) {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "platform-local-health");
    try (Admin admin = Admin.create(properties)) {
      return !admin
          .describeCluster(new DescribeClusterOptions().timeoutMs(3000))
          .nodes()
          .get(4, TimeUnit.SECONDS)
          .isEmpty();
    } catch (ExecutionException | TimeoutException | RuntimeException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
