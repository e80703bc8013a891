package vn.edu.platform.systemtest.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The real Keycloak server, run from its distribution (the {@code
 * org.keycloak:keycloak-quarkus-dist} zip of Maven Central, unpacked by the build) in development
 * mode, without Docker.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak =
 *     KeycloakServer.builder(Path.of("system-tests/target/keycloak/keycloak-26.5.7"))
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
 *       DataPolicy} decides when the embedded H2 database ({@code data/h2}) is deleted first.
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
 * one server per distribution folder at a time: the database lives in {@code <home>/data}.
 */
public final class KeycloakServer implements AutoCloseable {

  /** Printed by the one-time build step that the first start after unpacking runs. */
  private static final String BUILD_STEP_MARKER = "Quarkus augmentation completed";

  private static final String IMPORT_HASH_FILE = ".realm-import.sha256";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final Process process;
  private final int port;
  private final URI baseUri;
  private final Path logFile;
  private final String adminUsername;
  private final String adminPassword;
  private final boolean realmsImported;
  private final Thread shutdownHook;
  private Duration startupTime = Duration.ZERO;
  private boolean rebuilt;

  private KeycloakServer(
      Builder builder, Process process, int port, Path logFile, boolean realmsImported) {
    this.process = process;
    this.port = port;
    this.baseUri = URI.create("http://" + builder.publicHostname + ":" + port);
    this.logFile = logFile;
    this.adminUsername = builder.adminUsername;
    this.adminPassword = builder.adminPassword;
    this.realmsImported = realmsImported;
    this.shutdownHook = new Thread(this::stop, "keycloak-server-stop-" + port);
  }

  /** A launcher of the distribution unpacked at {@code home} (the folder holding {@code bin/}). */
  public static Builder builder(Path home) {
    return new Builder(home);
  }

  /** The HTTP port Keycloak listens on. */
  public int port() {
    return port;
  }

  /** {@code http://localhost:<port>}: the fixed front-end and back-end URL of the server. */
  public URI baseUri() {
    return baseUri;
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

  /** Whether this start began on an empty database and so imported the realm files. */
  public boolean realmsImported() {
    return realmsImported;
  }

  /** The server's console output (overwritten at each start). */
  public Path logFile() {
    return logFile;
  }

  public boolean isRunning() {
    return process.isAlive();
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

  private synchronized void stop() {
    ProcessHandle root = process.toHandle();
    // The first start re-executes Java inside the launched process and kc.sh runs Java as a
    // child: take the whole tree before terminating anything, since orphans get re-parented.
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(root);
    tree.forEach(ProcessHandle::destroy);
    if (!awaitExit(tree, STOP_TIMEOUT)) {
      tree.forEach(ProcessHandle::destroyForcibly);
      if (!awaitExit(tree, STOP_TIMEOUT)) {
        throw new IllegalStateException(
            "Keycloak (pid "
                + root.pid()
                + ") did not exit within "
                + STOP_TIMEOUT.multipliedBy(2));
      }
    }
  }

  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    CompletableFuture<?>[] exits =
        processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void awaitReady(String realm, Duration timeout) {
    URI discovery = URI.create(issuer(realm) + "/.well-known/openid-configuration");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    try {
      while (!answers(http, discovery)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "Keycloak exited with status "
                  + process.exitValue()
                  + " before "
                  + discovery
                  + " answered. Last lines of "
                  + logFile
                  + ":\n"
                  + tail(logFile));
        }
        if (System.nanoTime() > deadline) {
          stop();
          throw new IllegalStateException(
              "Keycloak did not answer "
                  + discovery
                  + " within "
                  + timeout
                  + ". Last lines of "
                  + logFile
                  + ":\n"
                  + tail(logFile));
        }
        waitForExitOrPollInterval();
      }
    } finally {
      http.close();
    }
    startupTime = Duration.ofNanos(System.nanoTime() - started);
    rebuilt = logContains(BUILD_STEP_MARKER);
  }

  /** Waits one poll interval, returning at once if the process exits meanwhile. */
  private void waitForExitOrPollInterval() {
    try {
      process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillRunning) {
      // the usual case: poll again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
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

  private boolean logContains(String text) {
    try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
      return lines.anyMatch(line -> line.contains(text));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** When the embedded database (and with it every realm) is deleted before a start. */
  public enum DataPolicy {
    /** Always: each start imports the realm files into an empty database. */
    FRESH,
    /**
     * Only when the realm files differ from those of the last import (a SHA-256 over their contents
     * is kept beside the database): state survives restarts until the realm changes.
     */
    REIMPORT_WHEN_REALMS_CHANGE,
    /** Never: realms missing from the database are imported, existing ones stay as they are. */
    KEEP
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

    /** The realm whose discovery document must answer before {@link #start()} returns. */
    public Builder waitForRealm(String realm) {
      this.awaitedRealm = realm;
      return this;
    }

    /** How long to wait for the server; 120 s by default (the first start builds the server). */
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
     * An environment variable for the server, e.g. a value for a {@code ${NAME:default}}
     * placeholder of a realm file.
     */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Where the console output goes; {@code <home>/data/log/keycloak.log} by default. */
    public Builder logFile(Path logFile) {
      this.logFile = logFile.toAbsolutePath().normalize();
      return this;
    }

    /** Starts the server and waits until the awaited realm answers. */
    public KeycloakServer start() {
      Path launcher = home.resolve("bin").resolve("kc.sh");
      if (!Files.isRegularFile(launcher)) {
        throw new IllegalStateException(
            "No Keycloak distribution at "
                + home
                + ": the build unpacks org.keycloak:keycloak-quarkus-dist there"
                + " (./mvnw -pl system-tests generate-test-resources)");
      }
      if (Runtime.version().feature() < 21) {
        throw new IllegalStateException(
            "Keycloak needs Java 21+, and it runs on this JVM's home; this one is "
                + Runtime.version());
      }
      Path log =
          logFile != null ? logFile : home.resolve("data").resolve("log").resolve("keycloak.log");
      int httpPort = port > 0 ? port : freePort(httpHost);
      try {
        boolean importing = prepareData();
        Files.createDirectories(log.getParent());
        Process process = launch(launcher, httpPort, log);
        KeycloakServer server = new KeycloakServer(this, process, httpPort, log, importing);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
          server.awaitReady(awaitedRealm, startupTimeout);
        } catch (RuntimeException e) {
          server.close();
          throw e;
        }
        if (importing) {
          Files.writeString(importHashFile(), realmsHash());
        }
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Process launch(Path launcher, int httpPort, Path log) throws IOException {
      List<String> command =
          List.of(
              "/bin/sh",
              launcher.toString(),
              "start-dev",
              "--http-port=" + httpPort,
              "--http-host=" + httpHost,
              "--hostname=http://" + publicHostname + ":" + httpPort,
              "--import-realm");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      Map<String, String> env = builder.environment();
      // Keycloak reads options from KC_* variables and JVM flags from JAVA_OPTS*: a developer's
      // shell must not change what the tests run.
      env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      env.putAll(environment);
      return builder.start();
    }

    /** Deletes the database if the policy says so and lays out the import folder. */
    private boolean prepareData() throws IOException {
      Path data = home.resolve("data");
      Path database = data.resolve("h2");
      boolean reimport =
          switch (dataPolicy) {
            case FRESH -> true;
            case KEEP -> false;
            case REIMPORT_WHEN_REALMS_CHANGE ->
                !Files.isRegularFile(importHashFile())
                    || !Files.readString(importHashFile()).equals(realmsHash());
          };
      if (reimport) {
        deleteRecursively(database);
      }
      Path importFolder = data.resolve("import");
      deleteRecursively(importFolder);
      Files.createDirectories(importFolder);
      for (Path realmFile : realmFiles) {
        Files.copy(
            realmFile,
            importFolder.resolve(realmFile.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
      return !Files.exists(database);
    }

    private Path importHashFile() {
      return home.resolve("data").resolve("h2").resolve(IMPORT_HASH_FILE);
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

    private static void deleteRecursively(Path root) throws IOException {
      if (!Files.exists(root)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }

    private static int freePort(String host) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("No free port on " + host, e);
      }
    }
  }
}
