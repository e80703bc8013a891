package vn.edu.platform.runtime.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.LocalServer;

/**
 * A server that runs as an external command (a JVM, or Keycloak's {@code kc.sh}): its output is
 * appended to a log file, readiness is a health check polled until a deadline, and stopping sends
 * SIGTERM to the whole process tree, then SIGKILL after a grace period.
 *
 * <p>Options that a developer's shell may carry ({@code KC_*}, {@code JAVA_OPTS*}, {@code
 * JAVA_TOOL_OPTIONS}, {@code SPRING_*}) are removed from the child's environment, so that what runs
 * does not depend on who starts it.
 */
public final class ChildProcess implements LocalServer {

  private final String name;
  private final String address;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path logFile;
  private final BooleanSupplier healthy;
  private final Duration stopGrace;
  private final boolean stdinPipe;
  private @Nullable Process process;
  private long logOffset;

  private ChildProcess(Builder builder) {
    this.name = builder.name;
    this.address = builder.address;
    this.command = List.copyOf(builder.command);
    this.environment = Map.copyOf(builder.environment);
    this.workingDirectory = builder.workingDirectory;
    this.logFile = builder.logFile;
    this.healthy = builder.healthy;
    this.stopGrace = builder.stopGrace;
    this.stdinPipe = builder.stdinPipe;
  }

  /** A command to run as the server called {@code name} (used in messages). */
  public static Builder builder(String name, List<String> command) {
    return new Builder(name, command);
  }

  @Override
  public String name() {
    return name;
  }

  /** Where the server answers, as its builder was told; empty when it was not. */
  @Override
  public String address() {
    return address;
  }

  public Path logFile() {
    return logFile;
  }

  /** Starts the process and returns without waiting for it to be ready. */
  public synchronized ChildProcess launch() {
    if (process != null) {
      throw new IllegalStateException(name + " was launched already");
    }
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
      Files.writeString(
          logFile,
          "==== " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      if (!stdinPipe) {
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      }
      builder
          .environment()
          .keySet()
          .removeIf(
              key ->
                  key.startsWith("KC_")
                      || key.startsWith("JAVA_OPTS")
                      || key.equals("JAVA_TOOL_OPTIONS")
                      || key.startsWith("SPRING_"));
      builder.environment().putAll(environment);
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + command, e);
    }
  }

  /**
   * Waits until the health check passes.
   *
   * @return how long the wait took
   * @throws StartFailedException when the process exits or the timeout passes first; the message
   *     carries the last lines of the log
   */
  @Override
  public Duration awaitReady(Duration timeout) {
    Process running = requireLaunched();
    try {
      return Await.until(
          name,
          timeout,
          healthy,
          () -> {
            if (!running.isAlive()) {
              throw new StartFailedException(
                  name
                      + " exited with status "
                      + running.exitValue()
                      + "; last lines of "
                      + logFile
                      + ":\n"
                      + tail(40));
            }
          });
    } catch (Await.TimedOut e) {
      throw new StartFailedException(
          e.getMessage() + "; last lines of " + logFile + ":\n" + tail(40), e);
    }
  }

  /** Stops the process tree (SIGTERM, SIGKILL after the grace period); idempotent. */
  @Override
  public synchronized void close() {
    Process running = process;
    if (running == null) {
      return;
    }
    if (running.isAlive() || running.toHandle().descendants().findAny().isPresent()) {
      ProcessTrees.terminate(running.toHandle(), stopGrace);
    }
  }

  /** The launched process while it runs. */
  @Override
  public Optional<ProcessHandle> process() {
    Process running = process;
    return running != null && running.isAlive()
        ? Optional.of(running.toHandle())
        : Optional.empty();
  }

  /**
   * The process's standard input, when the builder asked for a pipe: closing it (or the death of
   * this JVM) is the child's signal to stop.
   */
  public Optional<java.io.OutputStream> stdin() {
    Process running = process;
    return stdinPipe && running != null ? Optional.of(running.getOutputStream()) : Optional.empty();
  }

  /** Whether a line this start wrote to the log contains {@code text}. */
  public boolean logContains(String text) {
    try (Stream<String> lines = linesSinceLaunch()) {
      return lines.anyMatch(line -> line.contains(text));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The last {@code count} lines this start wrote to the log. */
  public String tail(int count) {
    try (Stream<String> lines = linesSinceLaunch()) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - count), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private Stream<String> linesSinceLaunch() throws IOException {
    byte[] bytes = Files.readAllBytes(logFile);
    int from = (int) Math.min(logOffset, bytes.length);
    String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    return text.lines();
  }

  private Process requireLaunched() {
    Process running = process;
    if (running == null) {
      throw new IllegalStateException(name + " was not launched");
    }
    return running;
  }

  /** Options of a child process; only the command is required. */
  public static final class Builder {

    private final String name;
    private final List<String> command;
    private String address = "";
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private @Nullable Path logFileOption;
    private Path logFile = Path.of("");
    private BooleanSupplier healthy = () -> true;
    private Duration stopGrace = Duration.ofSeconds(30);
    private boolean stdinPipe;

    private Builder(String name, List<String> command) {
      this.name = name;
      this.command = List.copyOf(command);
    }

    /** Where the server answers (a base URL, {@code host:port}), for its callers to report. */
    public Builder address(String address) {
      this.address = address;
      return this;
    }

    /** Variables added to the (cleaned) environment. */
    public Builder environment(Map<String, String> variables) {
      environment.putAll(variables);
      return this;
    }

    public Builder workingDirectory(Path directory) {
      this.workingDirectory = directory;
      return this;
    }

    /** Where standard output and error are appended; required. */
    public Builder logFile(Path file) {
      this.logFileOption = file;
      return this;
    }

    /** The readiness check polled by {@link ChildProcess#awaitReady}; none by default. */
    public Builder healthCheck(BooleanSupplier check) {
      this.healthy = check;
      return this;
    }

    /** How long SIGTERM may take before SIGKILL; 30 s by default. */
    public Builder stopGrace(Duration grace) {
      this.stopGrace = grace;
      return this;
    }

    /**
     * Gives the child a pipe as standard input instead of {@code /dev/null}. A child that treats
     * the end of its input as a stop request then also stops when this JVM dies without stopping it
     * (a killed test JVM leaves no server behind).
     */
    public Builder stdinPipe() {
      this.stdinPipe = true;
      return this;
    }

    public ChildProcess build() {
      if (logFileOption == null) {
        throw new IllegalStateException("A log file is required for " + name);
      }
      logFile = logFileOption.toAbsolutePath().normalize();
      return new ChildProcess(this);
    }
  }
}
