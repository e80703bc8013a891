package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A part that is an external command (a JVM, or Keycloak's {@code kc.sh}): output appended to its
 * log file, readiness by a health check, stop by SIGTERM to the whole process tree with a grace
 * period, then SIGKILL. Its pid is recorded in {@code .local/run/} while it runs.
 */
final class ChildProcessPart implements Part {

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path logFile;
  private final BooleanSupplier healthy;
  private final Duration stopGrace;
  private final PidFile record;
  private @Nullable Process process;

  ChildProcessPart(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path logFile,
      BooleanSupplier healthy,
      Duration stopGrace,
      Path runDir) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory;
    this.logFile = logFile;
    this.healthy = healthy;
    this.stopGrace = stopGrace;
    this.record = new PidFile(runDir.resolve(name + ".pid"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Path logFile() {
    return logFile;
  }

  @Override
  public synchronized void launch() {
    try {
      Files.createDirectories(logFile.getParent());
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
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      // options a developer's shell may carry must not change what runs here
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
      record.write(process.toHandle());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + command, e);
    }
  }

  @Override
  public void awaitReady(Duration timeout) {
    Process running = requireStarted();
    try {
      Await.until(
          name,
          timeout,
          healthy,
          () -> {
            if (!running.isAlive()) {
              throw new PartFailedException(
                  name + " exited with status " + running.exitValue() + "; see " + logFile);
            }
          });
    } catch (Await.TimedOut e) {
      throw new PartFailedException(e.getMessage() + "; see " + logFile, e);
    }
  }

  @Override
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    if (process.isAlive() || process.toHandle().descendants().findAny().isPresent()) {
      ProcessTrees.terminate(process.toHandle(), stopGrace);
    }
    record.delete();
  }

  @Override
  public List<Long> pids() {
    Process running = process;
    return running != null && running.isAlive() ? List.of(running.pid()) : List.of();
  }

  @Override
  public boolean isAlive() {
    Process running = process;
    return running != null && running.isAlive();
  }

  private Process requireStarted() {
    Process running = process;
    if (running == null) {
      throw new IllegalStateException(name + " was not launched");
    }
    return running;
  }
}
