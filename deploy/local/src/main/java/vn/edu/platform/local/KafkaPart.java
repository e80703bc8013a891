package vn.edu.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.edu.platform.runtime.kafka.KafkaBroker;

/**
 * The Kafka broker (KRaft, broker and controller in one process) of platform-runtime, in a JVM of
 * its own on the launcher's libraries: its storage in {@code .local/kafka/data} is formatted at the
 * first start and reused after. It does not watch the launcher's input (the launcher runs
 * detached); the orphan sweep covers a launcher that died.
 */
final class KafkaPart extends Part<KafkaBroker> {

  KafkaPart(LocalSettings settings) {
    super("kafka", settings);
  }

  /** Whether the next start formats a new storage directory. */
  boolean formatsStorage() {
    return !Files.isRegularFile(settings().kafkaDir().resolve("data/meta.properties"));
  }

  @Override
  KafkaBroker launchServer(Path logFile) {
    return KafkaBroker.builder()
        .dataDirectory(settings().kafkaDir())
        .port(settings().kafkaPort())
        .logFile(logFile)
        .classPath(settings().libDir() + "/*")
        .jvmOption("-Dorg.slf4j.simpleLogger.defaultLogLevel=info")
        .jvmOption("-Dorg.slf4j.simpleLogger.showDateTime=true")
        .launch();
  }
}
