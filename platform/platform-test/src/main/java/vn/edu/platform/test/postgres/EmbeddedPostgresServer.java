package vn.edu.platform.test.postgres;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.postgres.PostgresServer;

/**
 * The one real PostgreSQL 17 server of this test JVM.
 *
 * <p>Started on first use (about 2.5 s) and stopped by a shutdown hook; its data directory is a
 * throw-away temporary directory. Isolation between tests comes from databases, not servers: each
 * caller asks for its own database, which costs tens of milliseconds instead of a restart. The
 * server itself is platform-runtime's {@link PostgresServer}, the one the local launcher runs too.
 */
public final class EmbeddedPostgresServer {

  /** PostgreSQL limits identifiers to 63 bytes; longer database names are silently truncated. */
  private static final int MAX_IDENTIFIER_LENGTH = 63;

  private static @Nullable EmbeddedPostgresServer instance;

  private final PostgresServer postgres;
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> sharedDatabases = new ConcurrentHashMap<>();

  private EmbeddedPostgresServer(PostgresServer postgres) {
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

  private static PostgresServer start() {
    return PostgresServer.builder()
        // durability buys nothing in a throw-away server and costs seconds per suite
        .serverConfig("fsync", "off")
        .serverConfig("synchronous_commit", "off")
        .serverConfig("full_page_writes", "off")
        // the Spring context cache keeps up to 32 contexts, each with a connection pool
        .serverConfig("max_connections", "400")
        .serverConfig("timezone", "Asia/Ho_Chi_Minh")
        .start();
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
    return postgres.jdbcUrl(database);
  }

  /** The superuser that owns every database here. */
  public String username() {
    return PostgresServer.SUPERUSER;
  }

  /**
   * A password for configurations that insist on one. The server trusts local connections, so its
   * value is never checked.
   */
  public String password() {
    return PostgresServer.SUPERUSER;
  }

  /** The TCP port the server listens on (localhost only). */
  public int port() {
    return postgres.port();
  }

  private void execute(String sql) {
    postgres.execute(sql);
  }

  static String sanitise(String hint, int maxLength) {
    String name = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "db_" + name;
    }
    return name.length() > maxLength ? name.substring(0, maxLength) : name;
  }

  private void stop() {
    // the JVM is exiting; the data directory is temporary, so a failed stop loses nothing
    postgres.close();
  }
}
