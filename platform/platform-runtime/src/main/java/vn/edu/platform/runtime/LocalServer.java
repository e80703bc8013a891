package vn.edu.platform.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * A server that platform-runtime started on this machine ({@link
 * vn.edu.platform.runtime.postgres.PostgresServer}, {@link
 * vn.edu.platform.runtime.kafka.KafkaBroker}, {@link
 * vn.edu.platform.runtime.keycloak.KeycloakServer}, or a command run as a {@link
 * vn.edu.platform.runtime.process.ChildProcess}): what a caller that handles several of them alike
 * needs, as the local launcher does. Everything particular to one server stays on its class.
 */
public interface LocalServer extends AutoCloseable {

  /** A short name for messages and file names, e.g. {@code kafka}. */
  String name();

  /**
   * Where clients reach it, in the form its clients take: a JDBC URL prefix, a {@code
   * bootstrap.servers} list, a base URL.
   */
  String address();

  /**
   * Its main process while it runs (its descendants belong to it); empty once it stopped, and where
   * the process is not known.
   */
  Optional<ProcessHandle> process();

  /**
   * Waits until it serves clients; returns at once for a server whose start already waited.
   *
   * @return how long the wait took
   * @throws vn.edu.platform.runtime.process.StartFailedException when it exits or the time runs out
   *     first; the message names its log
   */
  Duration awaitReady(Duration timeout);

  /** Stops it cleanly, with its process tree; idempotent. */
  @Override
  void close();
}
