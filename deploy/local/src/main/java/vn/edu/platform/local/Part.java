package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.LocalServer;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * One part of the local platform: a platform-runtime {@link LocalServer}, in OS processes of its
 * own (the development PKI, {@link PkiPart}, runs in the launcher's), with what the launcher adds
 * to every one of them. Its output goes to {@code .local/logs/<name>.log}; its main process is
 * recorded in {@code .local/run/<name>.pid} while it runs, for the orphan sweep after a launcher
 * that did not stop cleanly; a start that fails stops whatever it started and names the log file. A
 * subclass says how its server is launched and what is done once it is ready.
 *
 * @param <S> the server it runs
 */
abstract class Part<S extends LocalServer> {

  private final String name;
  private final LocalSettings settings;
  private final Path logFile;
  private final PidFile record;
  // read by the shutdown hook while another thread may wait in awaitReady
  private volatile @Nullable S server;

  Part(String name, LocalSettings settings) {
    this.name = name;
    this.settings = settings;
    this.logFile = settings.logFile(name);
    this.record = new PidFile(settings.runDir().resolve(name + ".pid"));
  }

  /**
   * Launches the server with its output appended to {@code logFile}; returns without waiting for it
   * to be ready where the server allows it.
   */
  abstract S launchServer(Path logFile);

  /** What is done once the server is ready (e.g. creating databases); nothing by default. */
  void whenReady(S server) {}

  /** Short name, e.g. {@code kafka}; also the name of its log file and of its pid record. */
  final String name() {
    return name;
  }

  /** Where the launcher keeps everything, for what a subclass launches. */
  final LocalSettings settings() {
    return settings;
  }

  final Path logFile() {
    return logFile;
  }

  /** Where clients reach it; known once launched. */
  final String address() {
    return server().address();
  }

  /**
   * Starts the server and records its process.
   *
   * @throws StartFailedException when it cannot be launched; the message names the log file
   */
  final synchronized void launch() {
    if (server != null) {
      throw new IllegalStateException(name + " was launched already");
    }
    S launched;
    try {
      launched = launchServer(logFile);
    } catch (RuntimeException e) {
      throw failed(e);
    }
    server = launched;
    launched.process().ifPresent(record::write);
  }

  /**
   * Waits until the server is ready, then does what {@link #whenReady} adds.
   *
   * @throws StartFailedException when it dies, the timeout passes or {@link #whenReady} fails
   *     first; the part is stopped then and the message names the log file
   */
  final void awaitReady(Duration timeout) {
    S launched = server();
    try {
      launched.awaitReady(timeout);
      whenReady(launched);
    } catch (RuntimeException e) {
      try {
        stop();
      } catch (RuntimeException stopFailed) {
        e.addSuppressed(stopFailed);
      }
      throw failed(e);
    }
  }

  /** Stops the server cleanly (its process tree is killed after a grace period); idempotent. */
  final synchronized void stop() {
    S running = server;
    if (running == null) {
      return;
    }
    running.close();
    // only after a clean stop: a record left behind lets the next start's sweep end the process
    record.delete();
    server = null;
  }

  /** The main process (its descendants count too) while it runs; empty when stopped. */
  final Optional<ProcessHandle> process() {
    S running = server;
    return running == null ? Optional.empty() : running.process();
  }

  /** The launched server, for what a subclass reports about it. */
  final S server() {
    S running = server;
    if (running == null) {
      throw new IllegalStateException(name + " was not launched");
    }
    return running;
  }

  private StartFailedException failed(RuntimeException e) {
    String message = e.getMessage() != null ? e.getMessage() : e.toString();
    if (e instanceof StartFailedException startFailed && message.contains(logFile.toString())) {
      return startFailed;
    }
    return new StartFailedException(message + "; see " + logFile, e);
  }
}
