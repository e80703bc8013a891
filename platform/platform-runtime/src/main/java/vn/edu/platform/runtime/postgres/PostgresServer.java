package vn.edu.platform.runtime.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.LocalServer;
import vn.edu.platform.runtime.process.ProcessTrees;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * PostgreSQL 17 from zonky's embedded binaries, started through {@code pg_ctl} (so the server runs
 * as a daemon in its own session) and stopped with {@code pg_ctl stop -m fast}, a clean shutdown.
 *
 * <p>Two kinds of data directory: a throw-away temporary one (the default; deleted at {@link
 * #close()}), or a persistent one ({@link Builder#dataDirectory}) on which {@code initdb} runs only
 * when it is new. As root, zonky runs {@code initdb} and {@code postgres} through {@code unshare
 * -U} as an unprivileged user, so nothing needs installing. Local connections are trusted: the
 * superuser {@code postgres} needs no password.
 */
public final class PostgresServer implements LocalServer {

  /** The superuser that owns the cluster. */
  public static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final @Nullable Path dataDirectory;
  private final boolean initialisedDataDirectory;

  private PostgresServer(
      EmbeddedPostgres postgres, @Nullable Path dataDirectory, boolean initialisedDataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.initialisedDataDirectory = initialisedDataDirectory;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "postgres";
  }

  /** The TCP port the server listens on (localhost only). */
  public int port() {
    return postgres.getPort();
  }

  /** The JDBC URL of a database on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** {@code jdbc:postgresql://localhost:<port>/}, to which a database name is added. */
  @Override
  public String address() {
    return jdbcUrl("");
  }

  /** Returns at once: {@link Builder#start()} returns only once the server accepts connections. */
  @Override
  public Duration awaitReady(Duration timeout) {
    return Duration.ZERO;
  }

  /** Whether this start ran {@code initdb} (always for a throw-away directory). */
  public boolean initialisedDataDirectory() {
    return initialisedDataDirectory;
  }

  /** A superuser connection to the {@code postgres} database; close it after use. */
  public Connection superuserConnection() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  /** Runs one statement as the superuser (e.g. {@code CREATE DATABASE}). */
  public void execute(String sql) {
    try (Connection connection = superuserConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql, e);
    }
  }

  /**
   * Creates the role {@code name} (a login with {@code password}) and the database {@code name}
   * owned by it, each only when missing, so that a persistent data directory is reused as it is.
   */
  public void ensureDatabase(String name, String password) {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    try (Connection connection = superuserConnection();
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
        statement.execute(
            "CREATE ROLE " + name + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
        statement.execute("CREATE DATABASE " + name + " OWNER " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
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

  /**
   * The server's main process, from the first line of {@code postmaster.pid}: {@code pg_ctl} starts
   * it as a daemon, so it is not a child of this JVM. Empty for a throw-away directory, whose
   * location zonky keeps to itself, and once the server stopped.
   */
  @Override
  public Optional<ProcessHandle> process() {
    if (dataDirectory == null) {
      return Optional.empty();
    }
    try {
      long pid =
          Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | RuntimeException notRunning) {
      return Optional.empty();
    }
  }

  /**
   * Stops the server cleanly ({@code pg_ctl stop -m fast}); if that fails, SIGTERM to the
   * postmaster, PostgreSQL's "smart" shutdown, which is still clean. A throw-away data directory is
   * deleted.
   */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = process();
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("pg_ctl stop failed (" + e.getMessage() + "); terminating the server");
    }
    postmaster
        .filter(ProcessHandle::isAlive)
        .ifPresent(p -> ProcessTrees.terminate(p, Duration.ofSeconds(30)));
  }

  /** Options of a start; the defaults suit a throw-away test server. */
  public static final class Builder {

    private @Nullable Path dataDirectory;
    private int port;
    private Duration startupWait = Duration.ofSeconds(60);
    private final Map<String, String> serverConfig = new LinkedHashMap<>();
    private @Nullable Path logFile;

    private Builder() {
      serverConfig.put("listen_addresses", "localhost");
    }

    /** A persistent data directory, initialised when new and kept at {@link #close()}. */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory.toAbsolutePath().normalize();
      return this;
    }

    /** The port; 0 (the default) lets zonky pick a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** How long {@code pg_ctl start} may take; 60 s by default. */
    public Builder startupWait(Duration wait) {
      this.startupWait = wait;
      return this;
    }

    /** A {@code postgresql.conf} setting, e.g. {@code max_connections}. */
    public Builder serverConfig(String name, String value) {
      serverConfig.put(name, value);
      return this;
    }

    /** Where the server's output is appended; zonky's logger by default. */
    public Builder logFile(Path file) {
      this.logFile = file.toAbsolutePath().normalize();
      return this;
    }

    /**
     * Starts the server; returns once it accepts connections.
     *
     * @throws StartFailedException when it does not start
     */
    public PostgresServer start() {
      boolean initialising =
          dataDirectory == null || !Files.isRegularFile(dataDirectory.resolve("postgresql.conf"));
      try {
        EmbeddedPostgres.Builder builder =
            EmbeddedPostgres.builder()
                // the callers stop the server in their own order; a second hook would race them
                .setRegisterShutdownHook(false)
                .setPGStartupWait(startupWait);
        if (dataDirectory != null) {
          Files.createDirectories(dataDirectory);
          builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
          builder.setCleanDataDirectory(true);
        }
        if (port > 0) {
          builder.setPort(port);
        }
        if (logFile != null) {
          Files.createDirectories(logFile.getParent());
          builder
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }
        serverConfig.forEach(builder::setServerConfig);
        return new PostgresServer(builder.start(), dataDirectory, initialising);
      } catch (IOException | UncheckedIOException e) {
        throw new StartFailedException(
            "PostgreSQL did not start: "
                + e.getMessage()
                + (logFile == null ? "" : "; see " + logFile),
            e);
      }
    }
  }
}
