package vn.edu.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import vn.edu.platform.local.demo.DemoSize;

/**
 * Where everything lives and which ports it uses. Ports have environment overrides for machines
 * where the defaults are taken.
 *
 * @param root the repository root
 * @param size demo data size
 * @param seed demo data seed
 * @param reset whether to wipe {@code .local/} before starting
 * @param demoData whether to load demo data into the running services
 * @param postgresPort PostgreSQL ({@code EDU_LOCAL_POSTGRES_PORT}, default 55432)
 * @param kafkaPort Kafka's client listener ({@code EDU_LOCAL_KAFKA_PORT}, default 59092); the
 *     controller listens on the next port
 * @param keycloakPort Keycloak's HTTP port ({@code EDU_LOCAL_KEYCLOAK_PORT}, default 8180)
 * @param pkiPort the development PKI's HTTP port ({@code EDU_LOCAL_PKI_PORT}, default 8190): its
 *     certificates name it, so a PKI created on one port keeps it (a {@code --reset} makes a new
 *     PKI on another)
 */
record LocalSettings(
    Path root,
    DemoSize size,
    long seed,
    boolean reset,
    boolean demoData,
    int postgresPort,
    int kafkaPort,
    int keycloakPort,
    int pkiPort) {

  static final String KEYCLOAK_ADMIN = "admin";
  static final String KEYCLOAK_ADMIN_PASSWORD = "local-only-admin";
  static final String REALM = "edu";

  static LocalSettings of(
      Path root,
      DemoSize size,
      long seed,
      boolean reset,
      boolean demoData,
      Map<String, String> env) {
    return new LocalSettings(
        root.toAbsolutePath().normalize(),
        size,
        seed,
        reset,
        demoData,
        port(env, "EDU_LOCAL_POSTGRES_PORT", 55432),
        port(env, "EDU_LOCAL_KAFKA_PORT", 59092),
        port(env, "EDU_LOCAL_KEYCLOAK_PORT", 8180),
        port(env, "EDU_LOCAL_PKI_PORT", 8190));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  /** {@code .local/}: every part's data, logs and the launcher's records. */
  Path dataDir() {
    return root.resolve(".local");
  }

  Path logsDir() {
    return dataDir().resolve("logs");
  }

  Path logFile(String part) {
    return logsDir().resolve(part + ".log");
  }

  /** One record per child process, for finding what a killed launcher left behind. */
  Path runDir() {
    return dataDir().resolve("run");
  }

  /**
   * The copy of the launcher and its libraries that {@code ./platform-local} runs: kept by {@code
   * --reset}, which runs from it (its classes load lazily from {@code lib/}).
   */
  Path launcherCopyDir() {
    return dataDir().resolve("launcher");
  }

  Path launcherPidFile() {
    return dataDir().resolve("platform-local.pid");
  }

  /** Exists while the platform is up and ready; {@code ./platform-local --detach} waits for it. */
  Path readyMarker() {
    return dataDir().resolve("platform-local.ready");
  }

  Path postgresDataDir() {
    return dataDir().resolve("postgres");
  }

  Path kafkaDir() {
    return dataDir().resolve("kafka");
  }

  Path keycloakDataDir() {
    return dataDir().resolve("keycloak");
  }

  /**
   * The development PKI: its CAs, issued certificates, revocations and the demo signers' stores.
   */
  Path pkiDir() {
    return dataDir().resolve("pki");
  }

  Path demoDir() {
    return dataDir().resolve("demo").resolve(size.label());
  }

  Path moduleTarget() {
    return root.resolve("deploy/local/target");
  }

  /**
   * The runtime libraries of the launcher, which are also the Kafka broker's class path: the {@code
   * lib/} beside the running launcher jar ({@code ./platform-local} runs a copy in {@code
   * .local/launcher/}, so that a rebuild does not replace jars under running JVMs), else the
   * module's {@code target/lib}.
   */
  Path libDir() {
    try {
      Path jar =
          Path.of(PlatformLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.resolveSibling("lib");
      if (Files.isRegularFile(jar) && Files.isDirectory(beside)) {
        return beside;
      }
    } catch (java.net.URISyntaxException | RuntimeException notFromAJar) {
      // run from classes (an IDE, the tests): use the module's
    }
    return moduleTarget().resolve("lib");
  }

  /** The unpacked Keycloak distribution (the folder holding {@code bin/kc.sh}). */
  Path keycloakHome() {
    Path unpacked = moduleTarget().resolve("keycloak");
    try (Stream<Path> homes = Files.list(unpacked)) {
      return homes
          .filter(home -> Files.isRegularFile(home.resolve("bin/kc.sh")))
          .findFirst()
          .orElseThrow(() -> missingKeycloak(unpacked));
    } catch (IOException e) {
      throw missingKeycloak(unpacked);
    }
  }

  private static IllegalStateException missingKeycloak(Path unpacked) {
    return new IllegalStateException(
        "No Keycloak distribution under "
            + unpacked
            + ": build the module first (./platform-local does; or ./mvnw -pl deploy/local package)");
  }

  Path realmFile() {
    return root.resolve("deploy/keycloak/edu-realm.json");
  }

  String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  String issuer() {
    return keycloakUrl() + "/realms/" + REALM;
  }

  /**
   * The simulated CA's remote signing service (Cloud Signature Consortium v2), on the port after
   * the PKI's: the demo signers' credentials, for the services that sign.
   */
  String cscBaseUrl() {
    return "http://127.0.0.1:" + (pkiPort + 1);
  }

  int cscPort() {
    return pkiPort + 1;
  }

  /** The simulated CA's access token of a demo signer (local only). */
  static String cscToken(String login) {
    return "local-csc-" + login;
  }

  /** The PEM file of the development root, the services' trust anchor. */
  Path trustAnchorsFile() {
    return pkiDir().resolve("trust-anchors.pem");
  }

  /** Where the PKI's CRLs, OCSP responder and TSA are served; its certificates name it. */
  String pkiBaseUrl() {
    return "http://localhost:" + pkiPort + "/pki";
  }

  String kafkaBootstrap() {
    return "localhost:" + kafkaPort;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
  }

  /**
   * The local-only key that signs a service's audit checkpoints (at least 32 bytes): with it the
   * local platform anchors each audit chain as production does (ADR 0005).
   */
  static String auditCheckpointKey(String service) {
    return "local-only-audit-checkpoint-key-of-" + service;
  }

  /** The local-only password of a service's database role. */
  static String databasePassword(String database) {
    return "local-only-" + database.replace('_', '-');
  }

  /** The JDK running the launcher: every child JVM and Keycloak run on it. */
  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  static Path javaExecutable() {
    return javaHome().resolve("bin").resolve("java");
  }
}
