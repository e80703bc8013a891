package vn.edu.platform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL 17 from zonky's embedded binaries (started through {@code pg_ctl}, so it runs as a
 * daemon in its own session), on a persistent data directory ({@code .local/postgres}): {@code
 * initdb} runs only when the directory is new. Stopped with {@code pg_ctl stop -m fast}, a clean
 * shutdown. One database and one role per configured service, created when missing.
 */
final class PostgresPart implements Part {

  private final LocalSettings settings;
  private final List<String> databases;
  private @Nullable EmbeddedPostgres postgres;
  private boolean initialised;

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
    return initialised;
  }

  @Override
  public synchronized void launch() {
    Path dataDir = settings.postgresDataDir();
    initialised = !Files.isRegularFile(dataDir.resolve("postgresql.conf"));
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(logFile().getParent());
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(settings.postgresPort())
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "200")
              .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
              .start();
      postmaster().ifPresent(p -> new PidFile(settings.runDir().resolve(name() + ".pid")).write(p));
    } catch (IOException e) {
      throw new PartFailedException(
          "PostgreSQL did not start: " + e.getMessage() + "; see " + logFile(), e);
    }
  }

  @Override
  public void awaitReady(Duration timeout) {
    EmbeddedPostgres running = requireStarted();
    // zonky's start() returns once the server accepts connections: create what is missing
    try (Connection connection = running.getPostgresDatabase().getConnection()) {
      for (String database : databases) {
        ensureDatabase(connection, database);
      }
    } catch (SQLException e) {
      throw new PartFailedException(
          "PostgreSQL databases could not be created: " + e.getMessage() + "; see " + logFile(), e);
    }
  }

  private static void ensureDatabase(Connection connection, String database) throws SQLException {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    String password = LocalSettings.databasePassword(database);
    try (Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database)) {
        statement.execute(
            "CREATE ROLE " + database + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        statement.execute("CREATE DATABASE " + database + " OWNER " + database);
      }
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  @Override
  public synchronized void stop() {
    EmbeddedPostgres running = postgres;
    if (running == null) {
      return;
    }
    java.util.Optional<ProcessHandle> postmaster = postmaster();
    try {
      running.close(); // pg_ctl stop -m fast: a clean shutdown checkpoint
    } catch (IOException e) {
      System.err.println("pg_ctl stop failed (" + e.getMessage() + "); terminating the server");
    }
    postmaster
        .filter(ProcessHandle::isAlive)
        // SIGTERM is PostgreSQL's "smart" shutdown: still clean, waits for sessions to end
        .ifPresent(p -> ProcessTrees.terminate(p, Duration.ofSeconds(30)));
    new PidFile(settings.runDir().resolve(name() + ".pid")).delete();
    postgres = null;
  }

  @Override
  public List<Long> pids() {
    return postgres == null ? List.of() : postmaster().map(p -> List.of(p.pid())).orElse(List.of());
  }

  /**
   * The server's main process, from the first line of {@code postmaster.pid}: {@code pg_ctl} starts
   * it as a daemon, so it is not a child of the launcher.
   */
  private java.util.Optional<ProcessHandle> postmaster() {
    Path pidFile = settings.postgresDataDir().resolve("postmaster.pid");
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | RuntimeException notRunning) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public boolean isAlive() {
    return !pids().isEmpty();
  }

  private EmbeddedPostgres requireStarted() {
    EmbeddedPostgres running = postgres;
    if (running == null) {
      throw new IllegalStateException("PostgreSQL was not launched");
    }
    return running;
  }
}
