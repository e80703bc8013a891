package vn.edu.platform.runtime.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.LocalServer;
import vn.edu.platform.runtime.process.ChildProcess;
import vn.edu.platform.runtime.process.Directories;
import vn.edu.platform.runtime.process.Ports;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * The real Keycloak server, run from its distribution (the {@code
 * org.keycloak:keycloak-quarkus-dist} zip of Maven Central, unpacked by the build) in development
 * mode, without Docker.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak =
 *     KeycloakServer.builder(Path.of("target/keycloak/keycloak-26.5.7"))
 *         .realmFile(Path.of("deploy/keycloak/edu-realm.json"))
 *         .waitForRealm("edu")
 *         .start()) {
 *   String issuer = keycloak.issuer("edu"); // http://localhost:<port>/realms/edu
 * }
 * }</pre>
 *
 * <p>What it takes care of:
 *
 * <ul>
 *   <li><b>A fixed issuer.</b> It starts Keycloak with {@code --hostname=http://localhost:<port>},
 *       so tokens carry the same {@code iss} whichever address the caller used; resource servers
 *       validate it.
 *   <li><b>Realm import.</b> The realm files are copied to {@code data/import/} and imported with
 *       {@code --import-realm}. Keycloak never re-imports an existing realm, so the {@link
 *       DataPolicy} decides when the embedded H2 database is deleted first. The database is {@code
 *       <home>/data/h2}, or a directory of the caller's ({@link Builder#databaseDirectory}, linked
 *       from there) that survives a rebuild of the distribution folder.
 *   <li><b>A JDK 21+.</b> {@code bin/kc.sh} runs with {@code JAVA_HOME} set to the running JVM's
 *       home, not whatever {@code java} is on the path (Java 17 on these machines).
 *   <li><b>Clean stop.</b> The first start after unpacking builds the server and then re-executes
 *       Java inside the same process; {@link #close()} terminates every descendant of the launched
 *       process and the process itself, and waits until they are gone. A JVM shutdown hook does the
 *       same if the caller never closes it.
 * </ul>
 *
 * <p>Measured on two cores: the first start after unpacking ("cold": the one-time build step,
 * database creation and realm import) takes 30-45 s; a start that creates and imports the realm
 * about 15 s; a start on an existing database 6-9 s. The process needs about 450 MB of memory. Run
 * one server per distribution folder at a time.
 */
public final class KeycloakServer implements LocalServer {

  /** Printed by the one-time build step that the first start after unpacking runs. */
  private static final String BUILD_STEP_MARKER = "Quarkus augmentation completed";

  private static final String IMPORT_HASH_FILE = ".realm-import.sha256";

  private final ChildProcess process;
  private final int port;
  private final URI baseUri;
  private final String adminUsername;
  private final String adminPassword;
  private final String awaitedRealm;
  private final RealmImport realmImport;
  private final Path importHashFile;
  private final String realmsHash;
  private final Thread shutdownHook;
  private Duration startupTime = Duration.ZERO;
  private boolean rebuilt;

  private KeycloakServer(
      Builder builder,
      ChildProcess process,
      int port,
      RealmImport realmImport,
      Path importHashFile,
      String realmsHash) {
    this.process = process;
    this.port = port;
    this.baseUri = URI.create("http://" + builder.publicHostname + ":" + port);
    this.adminUsername = builder.adminUsername;
    this.adminPassword = builder.adminPassword;
    this.awaitedRealm = builder.awaitedRealm;
    this.realmImport = realmImport;
    this.importHashFile = importHashFile;
    this.realmsHash = realmsHash;
    this.shutdownHook = new Thread(this::stop, "keycloak-server-stop-" + port);
  }

  /** A launcher of the distribution unpacked at {@code home} (the folder holding {@code bin/}). */
  public static Builder builder(Path home) {
    return new Builder(home);
  }

  @Override
  public String name() {
    return process.name();
  }

  /** The HTTP port Keycloak listens on. */
  public int port() {
    return port;
  }

  /** {@code http://localhost:<port>}: the fixed front-end and back-end URL of the server. */
  public URI baseUri() {
    return baseUri;
  }

  /** {@link #baseUri()}. */
  @Override
  public String address() {
    return baseUri.toString();
  }

  /** The {@code iss} of the realm's tokens, e.g. {@code http://localhost:<port>/realms/edu}. */
  public String issuer(String realm) {
    return baseUri + "/realms/" + realm;
  }

  /** The realm's JWKS endpoint (its public signing keys). */
  public String jwksUri(String realm) {
    return issuer(realm) + "/protocol/openid-connect/certs";
  }

  /** The realm's token endpoint. */
  public URI tokenEndpoint(String realm) {
    return URI.create(issuer(realm) + "/protocol/openid-connect/token");
  }

  /** The realm's authorization endpoint (browser logins). */
  public URI authorizationEndpoint(String realm) {
    return URI.create(issuer(realm) + "/protocol/openid-connect/auth");
  }

  /** User name of the bootstrap administrator of the {@code master} realm. */
  public String adminUsername() {
    return adminUsername;
  }

  /** Password of the bootstrap administrator of the {@code master} realm. */
  public String adminPassword() {
    return adminPassword;
  }

  /** From launching the process to the awaited realm answering its discovery document. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Whether this start ran Keycloak's one-time build step (the first start after unpacking). */
  public boolean rebuilt() {
    return rebuilt;
  }

  /** What this start does with the realm files. */
  public RealmImport realmImport() {
    return realmImport;
  }

  /** Whether this start began on an empty database and so imported the realm files. */
  public boolean realmsImported() {
    return realmImport != RealmImport.KEPT;
  }

  /** The server's console output (appended at each start). */
  public Path logFile() {
    return process.logFile();
  }

  /** The launched process ({@code kc.sh}) while it runs. */
  @Override
  public Optional<ProcessHandle> process() {
    return process.process();
  }

  /**
   * Waits until the awaited realm answers its discovery document; then records the import, so a
   * later start with {@link DataPolicy#REIMPORT_WHEN_REALMS_CHANGE} keeps the database.
   *
   * @throws StartFailedException when Keycloak exits or the time runs out first (it is stopped)
   */
  @Override
  public Duration awaitReady(Duration timeout) {
    try {
      startupTime = process.awaitReady(timeout);
    } catch (StartFailedException e) {
      close();
      throw e;
    }
    rebuilt = process.logContains(BUILD_STEP_MARKER);
    if (realmsImported()) {
      try {
        Files.writeString(importHashFile, realmsHash);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return startupTime;
  }

  /** The realm whose discovery document {@link #awaitReady} waits for. */
  public String awaitedRealm() {
    return awaitedRealm;
  }

  /** Stops the server and every process it started, and waits until they have exited. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook itself is running or about to run: stopping twice is harmless
    }
    stop();
  }

  private void stop() {
    process.close();
  }

  private static boolean answers(HttpClient http, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** When the embedded database (and with it every realm) is deleted before a start. */
  public enum DataPolicy {
    /** Always: each start imports the realm files into an empty database. */
    FRESH,
    /**
     * Only when the realm files differ from those of the last import (a SHA-256 over their contents
     * is kept in the database directory): state survives restarts until the realm changes.
     */
    REIMPORT_WHEN_REALMS_CHANGE,
    /** Never: realms missing from the database are imported, existing ones stay as they are. */
    KEEP
  }

  /** What preparing the data found. */
  public enum RealmImport {
    /** The database exists and was imported from the same realm files. */
    KEPT,
    /** No database yet: the realm files are imported at this start. */
    IMPORTING,
    /** The database was deleted (the realm files changed, or the policy is FRESH): importing. */
    REIMPORTING
  }

  /** Options of a start; every one has a default that suits tests. */
  public static final class Builder {

    private final Path home;
    private final List<Path> realmFiles = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private int port;
    private String httpHost = "127.0.0.1";
    private String publicHostname = "localhost";
    private String adminUsername = "admin";
    private String adminPassword = "admin";
    private String awaitedRealm = "master";
    private Duration startupTimeout = Duration.ofSeconds(120);
    private DataPolicy dataPolicy = DataPolicy.FRESH;
    private @Nullable Path databaseDirectory;
    private @Nullable Path logFile;

    private Builder(Path home) {
      this.home = home.toAbsolutePath().normalize();
    }

    /** A realm export to import (repeatable). */
    public Builder realmFile(Path realmFile) {
      realmFiles.add(realmFile.toAbsolutePath().normalize());
      return this;
    }

    /** The HTTP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The interface to listen on; the loopback interface by default. */
    public Builder httpHost(String httpHost) {
      this.httpHost = httpHost;
      return this;
    }

    /**
     * The host name in the issuer and in every URL Keycloak writes; {@code localhost} by default.
     */
    public Builder publicHostname(String publicHostname) {
      this.publicHostname = publicHostname;
      return this;
    }

    /** The bootstrap administrator of the {@code master} realm; {@code admin/admin} by default. */
    public Builder admin(String username, String password) {
      this.adminUsername = username;
      this.adminPassword = password;
      return this;
    }

    /** The realm whose discovery document must answer before the server counts as ready. */
    public Builder waitForRealm(String realm) {
      this.awaitedRealm = realm;
      return this;
    }

    /** How long {@link #start()} waits; 120 s by default (the first start builds the server). */
    public Builder startupTimeout(Duration startupTimeout) {
      this.startupTimeout = startupTimeout;
      return this;
    }

    /** When to delete the embedded database first; {@link DataPolicy#FRESH} by default. */
    public Builder dataPolicy(DataPolicy dataPolicy) {
      this.dataPolicy = dataPolicy;
      return this;
    }

    /**
     * Where the embedded H2 database lives, outside the distribution folder so that it survives a
     * rebuild; {@code <home>/data/h2} links to it. By default the database is that folder itself.
     */
    public Builder databaseDirectory(Path directory) {
      this.databaseDirectory = directory.toAbsolutePath().normalize();
      return this;
    }

    /**
     * An environment variable for the server, e.g. a value for a {@code ${NAME:default}}
     * placeholder of a realm file.
     */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Where the console output is appended; {@code <home>/data/log/keycloak.log} by default. */
    public Builder logFile(Path logFile) {
      this.logFile = logFile.toAbsolutePath().normalize();
      return this;
    }

    /** Starts the server and waits until the awaited realm answers. */
    public KeycloakServer start() {
      KeycloakServer server = launch();
      server.awaitReady(startupTimeout);
      return server;
    }

    /**
     * Prepares the database and the import folder and launches the server without waiting; {@link
     * KeycloakServer#awaitReady} waits.
     */
    public KeycloakServer launch() {
      Path launcher = home.resolve("bin").resolve("kc.sh");
      if (!Files.isRegularFile(launcher)) {
        throw new IllegalStateException(
            "No Keycloak distribution at "
                + home
                + ": the build unpacks org.keycloak:keycloak-quarkus-dist there");
      }
      if (Runtime.version().feature() < 21) {
        throw new IllegalStateException(
            "Keycloak needs Java 21+, and it runs on this JVM's home; this one is "
                + Runtime.version());
      }
      Path log =
          logFile != null ? logFile : home.resolve("data").resolve("log").resolve("keycloak.log");
      int httpPort = port > 0 ? port : Ports.free();
      try {
        Path database = databaseDirectory != null ? databaseDirectory : home.resolve("data/h2");
        Path hashFile = database.resolve(IMPORT_HASH_FILE);
        String hash = realmsHash();
        RealmImport realmImport = prepareData(database, hashFile, hash);
        ChildProcess process =
            ChildProcess.builder("keycloak", command(launcher, httpPort))
                .workingDirectory(home)
                .environment(environment())
                .logFile(log)
                .healthCheck(healthCheck(httpPort))
                .stopGrace(Duration.ofSeconds(30))
                .build();
        KeycloakServer server =
            new KeycloakServer(this, process, httpPort, realmImport, hashFile, hash);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        process.launch();
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<String> command(Path launcher, int httpPort) {
      return List.of(
          "/bin/sh",
          launcher.toString(),
          "start-dev",
          "--http-port=" + httpPort,
          "--http-host=" + httpHost,
          "--hostname=http://" + publicHostname + ":" + httpPort,
          "--import-realm");
    }

    private Map<String, String> environment() {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      env.putAll(environment);
      return env;
    }

    private java.util.function.BooleanSupplier healthCheck(int httpPort) {
      URI discovery =
          URI.create(
              "http://"
                  + publicHostname
                  + ":"
                  + httpPort
                  + "/realms/"
                  + awaitedRealm
                  + "/.well-known/openid-configuration");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      return () -> answers(http, discovery);
    }

    /** Deletes the database if the policy says so, links it, and lays out the import folder. */
    private RealmImport prepareData(Path database, Path hashFile, String hash) throws IOException {
      RealmImport state;
      if (!Files.isDirectory(database)) {
        state = RealmImport.IMPORTING;
      } else if (dataPolicy == DataPolicy.FRESH
          || (dataPolicy == DataPolicy.REIMPORT_WHEN_REALMS_CHANGE
              && !(Files.isRegularFile(hashFile) && Files.readString(hashFile).equals(hash)))) {
        Directories.deleteRecursively(database);
        state = RealmImport.REIMPORTING;
      } else {
        state = RealmImport.KEPT;
      }
      Files.createDirectories(database);
      Path data = home.resolve("data");
      Files.createDirectories(data);
      if (databaseDirectory != null) {
        link(data.resolve("h2"), database);
      }
      Path importFolder = data.resolve("import");
      Directories.deleteRecursively(importFolder);
      Files.createDirectories(importFolder);
      for (Path realmFile : realmFiles) {
        Files.copy(
            realmFile,
            importFolder.resolve(realmFile.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
      return state;
    }

    private static void link(Path link, Path target) throws IOException {
      if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
        return;
      }
      if (Files.isSymbolicLink(link)) {
        Files.delete(link);
      } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Directories.deleteRecursively(link);
      }
      Files.createSymbolicLink(link, target);
    }

    private String realmsHash() throws IOException {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path realmFile : realmFiles.stream().sorted().toList()) {
          digest.update(realmFile.getFileName().toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(realmFile));
        }
        return HexFormat.of().formatHex(digest.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
