package vn.edu.platform.runtime.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.LocalServer;
import vn.edu.platform.runtime.process.ChildProcess;
import vn.edu.platform.runtime.process.Directories;
import vn.edu.platform.runtime.process.Ports;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process, no ZooKeeper),
 * run in a child JVM from the caller's class path, which must hold {@code kafka_2.13} (this module
 * brings it).
 *
 * <p>The storage is formatted once, on a new data directory; later starts on a persistent directory
 * ({@link Builder#dataDirectory}) reuse it. Without one, a temporary directory is used and deleted
 * at {@link #close()}. The client listener is {@code localhost:<port>}, the controller listener the
 * port after it. Topics are created on first use with {@link #DEFAULT_PARTITIONS} partitions, like
 * the platform's topics. Stopping sends SIGTERM, on which Kafka shuts down in a controlled way.
 */
public final class KafkaBroker implements LocalServer {

  /** Partitions of an auto-created topic; three, as on the platform's real topics. */
  public static final int DEFAULT_PARTITIONS = 3;

  private final ChildProcess process;
  private final int port;
  private final Path dataDirectory;
  private final @Nullable Path temporaryDirectory;
  private final boolean formatting;

  private KafkaBroker(
      ChildProcess process,
      int port,
      Path dataDirectory,
      @Nullable Path temporaryDirectory,
      boolean formatting) {
    this.process = process;
    this.port = port;
    this.dataDirectory = dataDirectory;
    this.temporaryDirectory = temporaryDirectory;
    this.formatting = formatting;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return process.name();
  }

  /** The {@code host:port} list to give a client as {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "localhost:" + port;
  }

  /** {@link #bootstrapServers()}. */
  @Override
  public String address() {
    return bootstrapServers();
  }

  /** The client listener's port; the controller listens on the next one. */
  public int port() {
    return port;
  }

  /** Whether this start formats a new storage directory. */
  public boolean formatsStorage() {
    return formatting;
  }

  /** Where the broker's log segments are. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The broker's JVM while it runs. */
  @Override
  public Optional<ProcessHandle> process() {
    return process.process();
  }

  /** The pipe a broker built with {@link Builder#exitWithParent()} watches; closing it stops it. */
  public Optional<java.io.OutputStream> stdin() {
    return process.stdin();
  }

  public Path logFile() {
    return process.logFile();
  }

  /**
   * Waits until the broker answers a {@code describeCluster} with itself.
   *
   * @return how long the wait took
   * @throws vn.edu.platform.runtime.process.StartFailedException when it exits or the time runs out
   *     first
   */
  @Override
  public Duration awaitReady(Duration timeout) {
    return process.awaitReady(timeout);
  }

  /** Stops the broker (controlled shutdown); deletes a temporary data directory; idempotent. */
  @Override
  public void close() {
    process.close();
    if (temporaryDirectory != null) {
      try {
        Directories.deleteRecursively(temporaryDirectory);
      } catch (UncheckedIOException e) {
        // the broker is stopped; a leftover temporary directory is no reason to fail the stop
        System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
      }
    }
  }

  /** An AdminClient's {@code describeCluster} answers with at least one broker. */
  public static boolean clusterAnswers(String bootstrapServers) {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "platform-runtime-health");
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

  /** Options of a broker; the defaults suit a throw-away test broker. */
  public static final class Builder {

    private @Nullable Path home;
    private int port;
    private @Nullable Path logFile;
    private String classPath = System.getProperty("java.class.path");
    private final List<String> jvmOptions =
        new ArrayList<>(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"));
    private final Map<String, String> brokerProperties = new LinkedHashMap<>();
    private boolean exitWithParent;

    private Builder() {}

    /**
     * A persistent directory for the broker: its {@code server.properties} (rewritten at every
     * start) and its storage ({@code data/}, formatted when new, reused after).
     */
    public Builder dataDirectory(Path directory) {
      this.home = directory.toAbsolutePath().normalize();
      return this;
    }

    /** The client port (the controller takes the next one); 0, the default, picks free ones. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Where the broker's output is appended; {@code <directory>/kafka.log} by default. */
    public Builder logFile(Path file) {
      this.logFile = file.toAbsolutePath().normalize();
      return this;
    }

    /** The broker JVM's class path; this JVM's by default. */
    public Builder classPath(String classPath) {
      this.classPath = classPath;
      return this;
    }

    /** A flag for the broker's JVM, added to {@code -Xms128m -Xmx512m -XX:+UseSerialGC}. */
    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /** A {@code server.properties} entry, overriding the defaults written here. */
    public Builder brokerProperty(String name, String value) {
      brokerProperties.put(name, value);
      return this;
    }

    /**
     * Makes the broker stop when this JVM ends, even by {@code kill -9}: it watches a pipe from
     * this JVM. Not for a launcher that detaches from its children.
     */
    public Builder exitWithParent() {
      this.exitWithParent = true;
      return this;
    }

    /** Writes the configuration and launches the broker without waiting for it to be ready. */
    public KafkaBroker launch() {
      try {
        Path temporary = home == null ? Files.createTempDirectory("kafka-broker-") : null;
        Path directory = temporary != null ? temporary : home;
        Path data = directory.resolve("data");
        Path config = directory.resolve("server.properties");
        int clientPort = port > 0 ? port : Ports.freePair();
        Files.createDirectories(data);
        Files.writeString(config, serverProperties(clientPort, data), StandardCharsets.UTF_8);
        boolean formatting = !Files.isRegularFile(data.resolve("meta.properties"));
        Path log = logFile != null ? logFile : directory.resolve("kafka.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(classPath);
        command.add(BrokerMain.class.getName());
        command.add(config.toString());
        command.add(formatting ? Uuid.randomUuid().toString() : "-");
        command.add(String.valueOf(exitWithParent));
        String bootstrap = "localhost:" + clientPort;
        ChildProcess.Builder child =
            ChildProcess.builder("kafka", command)
                .workingDirectory(directory)
                .logFile(log)
                .healthCheck(() -> Ports.isListening(clientPort) && clusterAnswers(bootstrap))
                .stopGrace(Duration.ofSeconds(30));
        if (exitWithParent) {
          child.stdinPipe();
        }
        ChildProcess process = child.build().launch();
        return new KafkaBroker(process, clientPort, data, temporary, formatting);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Launches the broker and waits until it is ready. */
    public KafkaBroker start(Duration timeout) {
      KafkaBroker broker = launch();
      try {
        broker.awaitReady(timeout);
        return broker;
      } catch (RuntimeException e) {
        broker.close();
        throw e;
      }
    }

    private String serverProperties(int clientPort, Path data) {
      int controllerPort = clientPort + 1;
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("process.roles", "broker,controller");
      properties.put("node.id", "1");
      properties.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
      properties.put(
          "listeners",
          "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
      properties.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
      properties.put("controller.listener.names", "CONTROLLER");
      properties.put("inter.broker.listener.name", "PLAINTEXT");
      properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      properties.put("log.dirs", data.toString());
      properties.put("num.partitions", String.valueOf(DEFAULT_PARTITIONS));
      properties.put("auto.create.topics.enable", "true");
      properties.put("offsets.topic.replication.factor", "1");
      properties.put("transaction.state.log.replication.factor", "1");
      properties.put("transaction.state.log.min.isr", "1");
      properties.put("share.coordinator.state.topic.replication.factor", "1");
      properties.put("share.coordinator.state.topic.min.isr", "1");
      // a fresh consumer group should not wait 3 s for a rebalance
      properties.put("group.initial.rebalance.delay.ms", "0");
      properties.put("log.retention.hours", "168");
      properties.putAll(brokerProperties);
      StringBuilder text = new StringBuilder("# written by platform-runtime at every start\n");
      properties.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
      return text.toString();
    }
  }
}
