package vn.edu.platform.systemtest.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.platform.runtime.keycloak.KeycloakServer;

/**
 * The one real Keycloak of this test JVM, with the realm export of {@code deploy/keycloak}: started
 * on first use, shared by every test class, stopped by the launcher's shutdown hook when the JVM
 * exits. The build passes the unpacked distribution and the realm file as system properties.
 *
 * <p>The database survives test runs until the realm file changes (then it is re-imported), so
 * tests must not depend on state left by an earlier run: they create what they change under unique
 * names.
 */
public final class EduKeycloak {

  private static final Logger log = LoggerFactory.getLogger(EduKeycloak.class);

  private static KeycloakServer server;
  private static RuntimeException startFailure;

  private EduKeycloak() {}

  public static synchronized KeycloakServer get() {
    if (startFailure != null) {
      throw startFailure;
    }
    if (server == null) {
      try {
        server = start();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return server;
  }

  /** The issuer of the {@code edu} realm's tokens. */
  public static String issuer() {
    return get().issuer(EduRealm.NAME);
  }

  private static KeycloakServer start() {
    Path home = Path.of(requiredProperty("edu.keycloak.home"));
    Path realmFile = Path.of(requiredProperty("edu.realm.file"));
    KeycloakServer started =
        EduRealm.server(home, realmFile)
            .dataPolicy(KeycloakServer.DataPolicy.REIMPORT_WHEN_REALMS_CHANGE)
            .logFile(home.resolveSibling("keycloak-test.log"))
            // the first start after unpacking runs Keycloak's build step and the realm import; with
            // parallel builds on two cores that took longer than the 120 s default (138 s seen)
            .startupTimeout(Duration.ofSeconds(300))
            .start();
    log.info(
        "Keycloak up on port {} in {} ms (one-time build step: {}, realm imported: {}); log: {}",
        started.port(),
        started.startupTime().toMillis(),
        started.rebuilt(),
        started.realmsImported(),
        started.logFile());
    return started;
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run these tests through Maven (system-tests)");
    }
    return value;
  }
}
