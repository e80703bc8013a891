package vn.edu.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.kafka.KafkaBroker;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * The Kafka broker (KRaft, broker and controller in one process) of platform-runtime, in a JVM of
 * its own on the launcher's libraries: its storage in {@code .local/kafka/data} is formatted at the
 * first start and reused after. It does not watch the launcher's input (the launcher runs
 * detached); the orphan sweep covers a launcher that died.
 */
final class KafkaPart implements Part {

  private final LocalSettings settings;
  private @Nullable KafkaBroker broker;

  KafkaPart(LocalSettings settings) {
    this.settings = settings;
  }

  /** Whether the next start formats a new storage directory. */
  boolean formatsStorage() {
    return !Files.isRegularFile(settings.kafkaDir().resolve("data/meta.properties"));
  }

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public Path logFile() {
    return settings.logFile(name());
  }

  @Override
  public synchronized void launch() {
    KafkaBroker launched =
        KafkaBroker.builder()
            .dataDirectory(settings.kafkaDir())
            .port(settings.kafkaPort())
            .logFile(logFile())
            .classPath(settings.libDir() + "/*")
            .jvmOption("-Dorg.slf4j.simpleLogger.defaultLogLevel=info")
            .jvmOption("-Dorg.slf4j.simpleLogger.showDateTime=true")
            .launch();
    broker = launched;
    launched.handle().ifPresent(pidFile()::write);
  }

  @Override
  public void awaitReady(Duration timeout) {
    try {
      requireLaunched().awaitReady(timeout);
    } catch (StartFailedException e) {
      throw new PartFailedException(e.getMessage(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (broker != null) {
      broker.stop();
      pidFile().delete();
    }
  }

  @Override
  public List<Long> pids() {
    KafkaBroker running = broker;
    return running == null
        ? List.of()
        : running.handle().map(p -> List.of(p.pid())).orElse(List.of());
  }

  @Override
  public boolean isAlive() {
    KafkaBroker running = broker;
    return running != null && running.isAlive();
  }

  private PidFile pidFile() {
    return new PidFile(settings.runDir().resolve(name() + ".pid"));
  }

  private KafkaBroker requireLaunched() {
    KafkaBroker running = broker;
    if (running == null) {
      throw new IllegalStateException("Kafka was not launched");
    }
    return running;
  }
}
