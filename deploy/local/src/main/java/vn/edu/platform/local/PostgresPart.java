package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.edu.platform.runtime.postgres.PostgresServer;

/**
 * PostgreSQL 17 of platform-runtime ({@link PostgresServer}: zonky's binaries through {@code
 * pg_ctl}, so it runs as a daemon in its own session) on the persistent data directory {@code
 * .local/postgres}: {@code initdb} runs only when the directory is new, and the stop is a clean
 * {@code pg_ctl stop -m fast}. Its launch returns once it accepts connections; then one database
 * and one role per configured service are created when missing.
 */
final class PostgresPart extends Part<PostgresServer> {

  private final List<String> databases;

  PostgresPart(LocalSettings settings, List<String> databases) {
    super("postgres", settings);
    this.databases = List.copyOf(databases);
  }

  /** Whether this start ran {@code initdb} (a new data directory). */
  boolean initialisedDataDirectory() {
    return server().initialisedDataDirectory();
  }

  @Override
  PostgresServer launchServer(Path logFile) {
    return PostgresServer.builder()
        .dataDirectory(settings().postgresDataDir())
        .port(settings().postgresPort())
        .startupWait(Duration.ofSeconds(60))
        .logFile(logFile)
        .serverConfig("max_connections", "200")
        .serverConfig("timezone", "Asia/Ho_Chi_Minh")
        .start();
  }

  @Override
  void whenReady(PostgresServer server) {
    try {
      for (String database : databases) {
        server.ensureDatabase(database, LocalSettings.databasePassword(database));
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL databases could not be created: " + e.getMessage(), e);
    }
  }
}
