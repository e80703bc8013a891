package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.postgres.PostgresServer;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * PostgreSQL 17 of platform-runtime ({@link PostgresServer}: zonky's binaries through {@code
 * pg_ctl}, so it runs as a daemon in its own session) on the persistent data directory {@code
 * .local/postgres}: {@code initdb} runs only when the directory is new, and the stop is a clean
 * {@code pg_ctl stop -m fast}. One database and one role per configured service, created when
 * missing.
 */
final class PostgresPart implements Part {

  private final LocalSettings settings;
  private final List<String> databases;
  private @Nullable PostgresServer postgres;

  PostgresPart(LocalSettings settings, List<String> databases) {
    this.settings = settings;
    this.databases = List.copyOf(databases);
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public Path logFile() {
    return settings.logFile(name());
  }

  /** Whether this start ran {@code initdb} (a new data directory). */
  boolean initialisedDataDirectory() {
    return requireStarted().initialisedDataDirectory();
  }

  @Override
  public synchronized void launch() {
    try {
      PostgresServer started =
          PostgresServer.builder()
              .dataDirectory(settings.postgresDataDir())
              .port(settings.postgresPort())
              .startupWait(Duration.ofSeconds(60))
              .logFile(logFile())
              .serverConfig("max_connections", "200")
              .serverConfig("timezone", "Asia/Ho_Chi_Minh")
              .start();
      postgres = started;
      started.postmaster().ifPresent(pidFile()::write);
    } catch (StartFailedException e) {
      throw new PartFailedException(e.getMessage(), e);
    }
  }

  @Override
  public void awaitReady(Duration timeout) {
    PostgresServer running = requireStarted();
    // the server accepts connections once started: create what is missing
    try {
      for (String database : databases) {
        running.ensureDatabase(database, LocalSettings.databasePassword(database));
      }
    } catch (RuntimeException e) {
      throw new PartFailedException(
          "PostgreSQL databases could not be created: " + e.getMessage() + "; see " + logFile(), e);
    }
  }

  @Override
  public synchronized void stop() {
    PostgresServer running = postgres;
    if (running == null) {
      return;
    }
    running.close();
    pidFile().delete();
    postgres = null;
  }

  @Override
  public List<Long> pids() {
    PostgresServer running = postgres;
    return running == null
        ? List.of()
        : running.postmaster().map(p -> List.of(p.pid())).orElse(List.of());
  }

  @Override
  public boolean isAlive() {
    return !pids().isEmpty();
  }

  private PidFile pidFile() {
    return new PidFile(settings.runDir().resolve(name() + ".pid"));
  }

  private PostgresServer requireStarted() {
    PostgresServer running = postgres;
    if (running == null) {
      throw new IllegalStateException("PostgreSQL was not launched");
    }
    return running;
  }
}
