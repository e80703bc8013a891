package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One part of the local platform: a server running as its own OS process. */
interface Part {

  /** Short name, e.g. {@code kafka}; also the name of its log file. */
  String name();

  /** Starts the process and returns without waiting for it to be ready. */
  void launch();

  /**
   * Waits until the part answers its health check.
   *
   * @throws PartFailedException when the process dies or the timeout passes first
   */
  void awaitReady(Duration timeout);

  /** Stops the part cleanly, killing its process tree after a grace period; idempotent. */
  void stop();

  /** The root processes (their descendants count too) while it runs; empty when stopped. */
  List<Long> pids();

  Path logFile();

  /** Whether its process is still running. */
  boolean isAlive();

  /** Thrown when a part does not come up; the message names its log file. */
  final class PartFailedException extends RuntimeException {
    PartFailedException(String message) {
      super(message);
    }

    PartFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
